package vn.atgt.thidua.account;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.shared.security.AccountPrincipal;

/**
 * Feeds the throttle and the aggregated failure count from Spring Security's sign-in events, and writes one audit
 * row per successful sign-in.
 */
@Component
class SignInListener {

	private final UserAccountRepository accounts;

	private final SignInThrottle throttle;

	private final SignInAttempts attempts;

	private final AuditLog audit;

	private final Clock clock;

	SignInListener(UserAccountRepository accounts, SignInThrottle throttle, SignInAttempts attempts, AuditLog audit,
			Clock clock) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.attempts = attempts;
		this.audit = audit;
		this.clock = clock;
	}

	// bad credentials, an unknown name and a disabled account all arrive here and are counted alike; a failure of
	// the service itself (the database is down) is no guess and is not counted
	@EventListener
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		if (event instanceof AuthenticationFailureServiceExceptionEvent) {
			return;
		}
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		this.attempts.failed(username, username, address(event.getAuthentication()), "auth.failure");
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			this.throttle.succeeded(principal.getUsername(), address(event.getAuthentication()));
			this.accounts.findById(principal.user().id())
				.ifPresent(account -> account.recordSuccessfulLogin(this.clock.instant()));
			this.audit.record(principal.user(), "auth.success", "UserAccount", principal.user().id(),
					principal.user().username(), null);
		}
	}

	static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

}
