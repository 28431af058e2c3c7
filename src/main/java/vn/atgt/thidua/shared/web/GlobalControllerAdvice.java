package vn.atgt.thidua.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

import vn.atgt.thidua.shared.domain.ConflictException;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.domain.NotFoundException;

/** Input normalisation for every form, and the pages shown for conflicts and database outages. */
@ControllerAdvice
class GlobalControllerAdvice {

	private static final Logger log = LoggerFactory.getLogger(GlobalControllerAdvice.class);

	@InitBinder
	void normaliseStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new NfcStringEditor());
	}

	@ExceptionHandler({ ConflictException.class, OptimisticLockingFailureException.class })
	String conflict(RuntimeException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		return conflictPage("error.409.edited", request, response, model);
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

	@ExceptionHandler({ CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class })
	String databaseUnavailable(RuntimeException ex, HttpServletResponse response) {
		log.warn("Database unavailable: {}", ex.getMessage());
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		return "error/503";
	}

}
