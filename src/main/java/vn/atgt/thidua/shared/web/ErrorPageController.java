package vn.atgt.thidua.shared.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Replaces Spring Boot's error controller, which answers a client that does not ask for HTML (a script, an API
 * client, curl) with a JSON body in English: every error is one of the application's own Vietnamese pages,
 * whatever the Accept header says. Asked for directly, {@code /error} is a page that does not exist.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final ErrorPages pages;

	ErrorPageController(ErrorPages pages) {
		this.pages = pages;
	}

	@RequestMapping("${server.error.path:/error}")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
				? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
		if (status.is5xxServerError()
				&& request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
			status = statusOf(failure, status);
		}
		ModelAndView page = this.pages.resolveErrorView(request, status, Map.of());
		response.setStatus(page.getStatus().value());
		return page;
	}

	/**
	 * A failure outside the controllers (a filter: the session store, the CSRF check reading a multipart body) is
	 * still answered by what it is: the database unreachable is the 503 "try again" page, a malformed upload (a NUL
	 * in the file name) is a bad request.
	 */
	static HttpStatus statusOf(Throwable failure, HttpStatus otherwise) {
		if (DatabaseOutage.isCause(failure)) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.springframework.web.multipart.MultipartException
					|| cause instanceof org.apache.tomcat.util.http.fileupload.InvalidFileNameException) {
				return HttpStatus.BAD_REQUEST;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return otherwise;
	}

}
