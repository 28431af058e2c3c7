package vn.atgt.thidua.shared.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Chooses the application's own page for every error that reaches {@code /error} — from a controller, a filter
 * (Spring Security, the firewall, multipart parsing) or the servlet container — so no framework or English page is
 * ever shown. A failure whose cause is an unreachable database becomes the 503 "try again" page whatever status
 * it was raised with; an htmx request gets the status with an empty fragment, so the page around it stays usable.
 */
@Component
class ErrorPages {

	private static final Set<Integer> OWN_PAGES = Set.of(400, 403, 404, 405, 413, 415, 503);

	ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		HttpStatus answer = status;
		Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (failure instanceof Throwable t && DatabaseOutage.isCause(t)) {
			answer = HttpStatus.SERVICE_UNAVAILABLE;
		}
		ModelAndView page = new ModelAndView(isHtmx(request) ? "error/empty" : template(answer), model, answer);
		page.addObject("errorStatus", answer.value());
		page.addObject("writeNotDone", isWrite(request));
		return page;
	}

	static String template(HttpStatus status) {
		if (OWN_PAGES.contains(status.value())) {
			return "error/" + status.value();
		}
		return status.is4xxClientError() ? "error/4xx" : "error/5xx";
	}

	/** A POST that failed was not carried out: the 503 page says so, so the user knows to send it again. */
	static boolean isWrite(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
	}

	static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

}
