package vn.atgt.thidua.shared.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in POST while its address or name is throttled, before any password is checked, with the
 * sign-in page's "try again in N minutes" (the answer depends only on what was typed, not on whether the account
 * exists).
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottling throttling;

	SignInThrottleFilter(SignInThrottling throttling) {
		this.throttling = throttling;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long minutes = this.throttling.minutesToWait(request.getParameter("username"), request.getRemoteAddr());
		if (minutes > 0) {
			response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes);
			return;
		}
		chain.doFilter(request, response);
	}

}
