package vn.atgt.thidua.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.support.RequestContextUtils;

import vn.atgt.thidua.shared.domain.ConflictException;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.domain.NotFoundException;

/**
 * Input normalisation and bounds for every form and parameter, and the pages shown for bad requests, conflicts and
 * database outages. Whatever a request carries, the answer is one of the application's own pages, never a 500 or a
 * framework page (see ADR 0140).
 */
@ControllerAdvice
class GlobalControllerAdvice {

	private static final Logger log = LoggerFactory.getLogger(GlobalControllerAdvice.class);

	/**
	 * How far a repeating row index ({@code items[N].content}) may grow a form's list. Above it the binder refuses
	 * the request (400 page) instead of allocating millions of rows; the largest real form (a plan's task groups,
	 * a sub-plan's items) stays far below it.
	 */
	static final int MAX_LIST_ROWS = 500;

	@InitBinder
	void normaliseStrings(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(MAX_LIST_ROWS);
		binder.registerCustomEditor(String.class, new NfcStringEditor());
		if ("page".equals(binder.getObjectName())) {
			binder.registerCustomEditor(int.class, new PageNumberEditor());
			binder.registerCustomEditor(Integer.class, new PageNumberEditor());
		}
		else {
			binder.registerCustomEditor(int.class, "page", new PageNumberEditor());
			binder.registerCustomEditor(Integer.class, "page", new PageNumberEditor());
		}
	}

	@ExceptionHandler({ ConflictException.class, OptimisticLockingFailureException.class })
	String conflict(RuntimeException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		return conflictPage("error.409.edited", request, response, model);
	}

	/**
	 * A unique index refused a second row: the same create or transition sent twice at once lost the race to the
	 * first, which is kept — the conflict page sends the user back to the record as it now is. Any other integrity
	 * failure comes from a crafted request that validation let through: the 400 page, nothing saved.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	String integrityViolation(DataIntegrityViolationException ex, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (CreateOnce.isUniqueViolation(ex)) {
			return conflictPage("common.duplicateSubmit", request, response, model);
		}
		log.warn("Integrity violation on {}: {}", request.getRequestURI(), ex.getMostSpecificCause().getMessage());
		return badRequest(ex, response);
	}

	/** The domain's not-found (no web type on it): the 404 page, as {@code @ResponseStatus} gave before. */
	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler(InvalidStateException.class)
	String invalidState(InvalidStateException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return conflictPage(ex.messageKey(), request, response, model);
	}

	// an edit form reloads with the new data; an action (publish, close…) goes back to its record's page
	private static String conflictPage(String messageKey, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("conflictMessage", messageKey);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.endsWith("/edit") && path.lastIndexOf('/') > 0) {
			path = path.substring(0, path.lastIndexOf('/'));
		}
		model.addAttribute("reloadUrl", path.matches("[/A-Za-z0-9_-]+") ? path : "/");
		return "error/409";
	}

	/** A file over the multipart limit never reaches a controller: back to the page it came from, with a message. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String uploadTooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request)
			.put("flash", new Flash("warning", "common.upload.tooLarge", new Object[] { 20 }));
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String back = path.lastIndexOf('/') > 0 ? path.substring(0, path.lastIndexOf('/')) : "/";
		return "redirect:" + (back.matches("[/A-Za-z0-9_-]+") ? back : "/");
	}

	/** A path id that is not a number ({@code abc}, {@code 1.5}, 20 digits) names no record: the same 404 as a missing one. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletResponse response) {
		boolean pathVariable = ex.getParameter()
			.hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
		if (pathVariable) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "error/404";
		}
		return badRequest(ex, response);
	}

	/**
	 * A crafted parameter: a list index out of bounds, negative or not a number, a value of the wrong type in a
	 * parameter that is not a form field, a missing required parameter, a broken multipart body.
	 */
	@ExceptionHandler({ InvalidPropertyException.class, TypeMismatchException.class,
			ServletRequestBindingException.class, MultipartException.class, IllegalArgumentException.class,
			org.apache.tomcat.util.http.fileupload.InvalidFileNameException.class })
	String badRequest(Exception ex, HttpServletResponse response) {
		if (ex instanceof MissingPathVariableException) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "error/404";
		}
		log.debug("Bad request: {}", ex.getMessage());
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return "error/400";
	}

	/** The database is unreachable: the 503 "try again" page at once, and for htmx an empty fragment. */
	@ExceptionHandler({ CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class,
			DataAccessResourceFailureException.class })
	String databaseUnavailable(RuntimeException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		model.addAttribute("writeNotDone", ErrorPages.isWrite(request));
		log.warn("Database unavailable: {}", ex.getMessage());
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "10");
		return ErrorPages.isHtmx(request) ? "error/empty" : "error/503";
	}

}
