package vn.atgt.thidua.account;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.audit.AuditLog;

/**
 * One failed attempt (a password or a second-factor code): it takes a token from the throttle and counts in the
 * aggregated failures; only the first failure of a name, address and window writes an audit row.
 */
@Component
class SignInAttempts {

	private final UserAccountRepository accounts;

	private final SignInThrottle throttle;

	private final SignInFailures failures;

	private final ThrottleProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	SignInAttempts(UserAccountRepository accounts, SignInThrottle throttle, SignInFailures failures,
			ThrottleProperties properties, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.failures = failures;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	void failed(String throttleName, String username, String address, String action) {
		this.throttle.failed(throttleName, address);
		String key = SignInThrottle.key(throttleName);
		int inWindow = this.failures.count(key, address, this.clock.instant(), this.properties.auditWindow());
		if (inWindow == 1) {
			String name = SignInThrottle.key(username);
			Long accountId = this.accounts.findWithRolesByUsername(name).map(UserAccount::getId).orElse(null);
			this.audit.recordAnonymous(action, "UserAccount", accountId, name);
		}
	}

}
