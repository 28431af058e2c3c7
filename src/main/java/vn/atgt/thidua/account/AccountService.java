package vn.atgt.thidua.account;

import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.shared.events.FieldChange;
import vn.atgt.thidua.shared.security.AccountPrincipal;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.security.Role;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.domain.NotFoundException;

/** Account management by the office or an administrator, and a user's own password change. */
@Service
@Transactional
public class AccountService {

	static final String RECORD = "UserAccount";

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final SessionRegistry sessions;

	private final AuditLog audit;

	AccountService(UserAccountRepository accounts, PasswordEncoder encoder, SessionRegistry sessions, AuditLog audit) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.sessions = sessions;
		this.audit = audit;
	}

	/** A created account or a reset: the account and its temporary password, shown once. */
	public record TemporaryPassword(Long accountId, String username, String password) {
	}

	@Transactional(readOnly = true)
	public Page<AccountRow> list(Pageable pageable) {
		return this.accounts.findRows(pageable);
	}

	@Transactional(readOnly = true)
	public boolean usernameTaken(String username) {
		return this.accounts.existsByUsernameIgnoreCase(username);
	}

	/** Creates an account with a temporary password that must be changed at the first sign-in. */
	public TemporaryPassword create(String username, String fullName, String email, Role role, Long agencyId,
			CurrentUser by) {
		if (role == Role.ADMIN && !by.has(Role.ADMIN)) {
			throw new InvalidStateException("account.error.adminOnly");
		}
		String password = PasswordPolicy.temporary();
		UserAccount account = new UserAccount(username, fullName, email, this.encoder.encode(password),
				role == Role.ADMIN ? Set.of(Role.ADMIN, Role.OFFICE) : Set.of(role),
				role == Role.AGENCY || role == Role.REVIEWER ? agencyId : null);
		account.changePassword(account.getPasswordHash(), true);
		account = this.accounts.save(account);
		this.audit.record(by, "account.create", RECORD, account.getId(), username + " " + role, null);
		return new TemporaryPassword(account.getId(), username, password);
	}

	/** Enables or disables an account; disabling ends its open sessions at once. */
	public void enable(Long id, long version, boolean enabled, CurrentUser by) {
		UserAccount account = load(id);
		if (account.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(UserAccount.class, id);
		}
		if (!enabled && id.equals(by.id())) {
			throw new InvalidStateException("account.error.disableSelf");
		}
		boolean before = account.isEnabled();
		account.enable(enabled);
		if (!enabled) {
			endSessions(id);
		}
		this.audit.record(by, enabled ? "account.enable" : "account.disable", RECORD, id, account.getUsername(),
				List.of(new FieldChange("enabled", String.valueOf(before), String.valueOf(enabled))));
	}

	/** Gives a new one-time temporary password; the old one stops working and open sessions end. */
	public TemporaryPassword resetPassword(Long id, CurrentUser by) {
		UserAccount account = load(id);
		String password = PasswordPolicy.temporary();
		account.changePassword(this.encoder.encode(password), true);
		account.unlock();
		endSessions(id);
		this.audit.record(by, "account.reset", RECORD, id, account.getUsername(), null);
		return new TemporaryPassword(id, account.getUsername(), password);
	}

	/** The signed-in user changes their own password; returns false if the current one is wrong. */
	public boolean changeOwnPassword(CurrentUser user, String current, String newPassword) {
		UserAccount account = load(user.id());
		if (current == null || !this.encoder.matches(current, account.getPasswordHash())) {
			return false;
		}
		if (!PasswordPolicy.accepts(newPassword) || this.encoder.matches(newPassword, account.getPasswordHash())) {
			throw new IllegalArgumentException("password policy");
		}
		account.changePassword(this.encoder.encode(newPassword), false);
		this.audit.record(user, "account.password", RECORD, user.id(), user.username(), null);
		return true;
	}

	private void endSessions(Long accountId) {
		for (Object principal : this.sessions.getAllPrincipals()) {
			if (principal instanceof AccountPrincipal p && p.user().id().equals(accountId)) {
				for (SessionInformation session : this.sessions.getAllSessions(principal, false)) {
					session.expireNow();
				}
			}
		}
	}

	private UserAccount load(Long id) {
		return this.accounts.findWithRolesById(id).orElseThrow(() -> new NotFoundException(RECORD, id));
	}

}
