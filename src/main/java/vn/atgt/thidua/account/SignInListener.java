package vn.atgt.thidua.account;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.shared.security.AccountPrincipal;

/** Counts failed sign-ins, locks the account after too many, and writes every attempt to the audit log. */
@Component
class SignInListener {

	private final UserAccountRepository accounts;

	private final SecurityProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	SignInListener(UserAccountRepository accounts, SecurityProperties properties, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		this.accounts.findWithRolesByUsername(username).ifPresentOrElse(account -> {
			account.recordFailedLogin(this.properties.maxFailedLogins(), this.properties.lockoutDuration(),
					this.clock.instant());
			boolean locked = account.isLocked(this.clock.instant());
			this.audit.recordAnonymous(locked ? "auth.lockout" : "auth.failure", "UserAccount", account.getId(),
					username);
		}, () -> this.audit.recordAnonymous("auth.failure", "UserAccount", null, username));
	}

	@EventListener
	public void onLocked(AuthenticationFailureLockedEvent event) {
		this.audit.recordAnonymous("auth.locked-attempt", "UserAccount", null,
				String.valueOf(event.getAuthentication().getPrincipal()));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			this.accounts.findById(principal.user().id())
				.ifPresent(account -> account.recordSuccessfulLogin(this.clock.instant()));
			this.audit.record(principal.user(), "auth.success", "UserAccount", principal.user().id(),
					principal.user().username(), null);
		}
	}

}
