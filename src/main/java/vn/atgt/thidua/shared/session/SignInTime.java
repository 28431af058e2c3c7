package vn.atgt.thidua.shared.session;

import java.time.Clock;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stamps the sign-in time into the new session when a sign-in succeeds (after the session id changed, before the
 * redirect saves the session), for {@link AbsoluteSessionLifetimeFilter}.
 */
@Component
class SignInTime {

	private final Clock clock;

	SignInTime(Clock clock) {
		this.clock = clock;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			if (session != null) {
				session.setAttribute(AbsoluteSessionLifetimeFilter.SIGNED_IN_AT, this.clock.instant());
			}
		}
	}

}
