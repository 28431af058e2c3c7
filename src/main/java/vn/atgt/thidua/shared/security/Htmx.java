package vn.atgt.thidua.shared.security;

import jakarta.servlet.http.HttpServletRequest;

/** Recognises htmx's fragment and background requests, which must never receive a whole page. */
public final class Htmx {

	public static final String REQUEST = "HX-Request";

	public static final String REDIRECT = "HX-Redirect";

	private Htmx() {
	}

	public static boolean isFragmentRequest(HttpServletRequest request) {
		return "true".equalsIgnoreCase(request.getHeader(REQUEST));
	}

}
