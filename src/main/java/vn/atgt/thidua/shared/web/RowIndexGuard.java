package vn.atgt.thidua.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses, before anything is bound, a parameter whose row index is not a plain non-negative number
 * ({@code items[-1].content}, {@code items[abc]}, {@code targets[1.5]}): the binder would throw a bare
 * {@link IndexOutOfBoundsException} for these. Indexes that are numbers but too large are bounded by the binder's
 * auto-grow limit. Both end on the 400 page.
 */
class RowIndexGuard implements HandlerInterceptor {

	private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)]");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (String name : request.getParameterMap().keySet()) {
			if (name.indexOf('[') < 0) {
				continue;
			}
			Matcher index = INDEX.matcher(name);
			while (index.find()) {
				if (!index.group(1).matches("[0-9]{1,18}")) {
					throw new BadRequestException("row index in " + name);
				}
			}
		}
		return true;
	}

	/** A request no form of the application sends: answered with the 400 page. */
	static class BadRequestException extends IllegalArgumentException {

		BadRequestException(String what) {
			super("Refused " + what);
		}

	}

}
