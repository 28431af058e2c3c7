package vn.atgt.thidua.shared.session;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session a fixed time after sign-in, however active it is: the idle time-out alone would let a
 * stolen session live for ever. The sign-in time is a session attribute taken from the application clock
 * ({@link SignInTime}); a signed-in session without one (signed in another way) is stamped at its next request.
 */
class AbsoluteSessionLifetimeFilter extends OncePerRequestFilter {

	static final String SIGNED_IN_AT = AbsoluteSessionLifetimeFilter.class.getName() + ".SIGNED_IN_AT";

	private static final String SECURITY_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

	private final Duration lifetime;

	private final Clock clock;

	AbsoluteSessionLifetimeFilter(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SECURITY_CONTEXT) != null) {
			Instant now = this.clock.instant();
			if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
				// before the chain runs: once the response is committed the session has been saved
				session.setAttribute(SIGNED_IN_AT, now);
			}
			else if (!now.isBefore(signedInAt.plus(this.lifetime))) {
				session.invalidate();
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
