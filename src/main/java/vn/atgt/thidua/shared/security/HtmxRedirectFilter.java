package vn.atgt.thidua.shared.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An htmx request follows a 302 inside its XMLHttpRequest and swaps the page it lands on into the target element
 * (the navbar badge once grew a whole page this way). For such requests every redirect becomes an
 * {@code HX-Redirect} header with an empty body, so the browser navigates instead of nesting pages.
 */
final class HtmxRedirectFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!Htmx.isFragmentRequest(request)) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(request, new HttpServletResponseWrapper(response) {
			@Override
			public void sendRedirect(String location) {
				setHeader(Htmx.REDIRECT, location);
				setStatus(HttpServletResponse.SC_NO_CONTENT);
			}

			@Override
			public void sendRedirect(String location, int sc, boolean clearBuffer) {
				sendRedirect(location);
			}
		});
	}

}
