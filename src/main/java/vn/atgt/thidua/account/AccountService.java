package vn.atgt.thidua.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.account.AccountEvents.AccountCreated;
import vn.atgt.thidua.account.AccountEvents.AccountEnabled;
import vn.atgt.thidua.account.AccountEvents.AccountRoleChanged;
import vn.atgt.thidua.account.AccountEvents.PasswordChanged;
import vn.atgt.thidua.account.AccountEvents.PasswordReset;
import vn.atgt.thidua.account.AccountEvents.SecondFactorReset;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.security.AccountPrincipal;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.security.Role;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.domain.NotFoundException;

/**
 * Account management by the office or an administrator, and a user's own password change. Only an administrator
 * manages an administrator's account, and the last enabled administrator can be neither disabled nor demoted. Each
 * change publishes an {@link AccountEvents} fact, which the audit trail records after commit.
 */
@Service
@Transactional
public class AccountService {

	static final String RECORD = "UserAccount";

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final SessionRegistry sessions;

	private final SecondFactorService secondFactor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountService(UserAccountRepository accounts, PasswordEncoder encoder, SessionRegistry sessions,
			SecondFactorService secondFactor, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.sessions = sessions;
		this.secondFactor = secondFactor;
		this.events = events;
		this.clock = clock;
	}

	/** A created account or a reset: the account and its temporary password, shown once. */
	public record TemporaryPassword(Long accountId, String username, String password)
			implements java.io.Serializable { // a flash attribute, so stored with the session
	}

	/** The accounts with what {@code by} may do to each (the same rules the actions below enforce). */
	@Transactional(readOnly = true)
	public Page<AccountListItem> list(Pageable pageable, CurrentUser by) {
		long activeAdmins = this.accounts.countActiveAdmins();
		return this.accounts.findRows(pageable).map(row -> {
			boolean manage = !row.admin() || by.has(Role.ADMIN);
			boolean self = row.id().equals(by.id());
			boolean lastAdmin = row.admin() && row.enabled() && activeAdmins <= 1;
			boolean toggle = manage && !self && !(row.enabled() && lastAdmin);
			return new AccountListItem(row, toggle, manage, manage && !self && !lastAdmin,
					by.has(Role.ADMIN) && row.totpEnrolled());
		});
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
				rolesFor(role), role == Role.AGENCY || role == Role.REVIEWER ? agencyId : null);
		account.changePassword(account.getPasswordHash(), true);
		account = this.accounts.save(account);
		this.events.publishEvent(
				new AccountCreated(account.getId(), username, role.name(), Actor.of(by), this.clock.instant()));
		return new TemporaryPassword(account.getId(), username, password);
	}

	/** Enables or disables an account; disabling ends its open sessions at once. */
	public void enable(Long id, long version, boolean enabled, CurrentUser by) {
		UserAccount account = load(id);
		requireManage(account, by);
		if (account.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
		}
		if (!enabled && id.equals(by.id())) {
			throw new InvalidStateException("account.error.disableSelf");
		}
		if (!enabled && account.isEnabled()) {
			requireAnotherAdmin(account);
		}
		boolean before = account.isEnabled();
		account.enable(enabled);
		if (!enabled) {
			endSessions(account, null);
		}
		this.events.publishEvent(new AccountEnabled(id, account.getUsername(), before, enabled, Actor.of(by),
				this.clock.instant()));
	}

	/** Gives the account another role (an administrator stays office staff too); its sessions end. */
	public void changeRole(Long id, long version, Role role, CurrentUser by) {
		UserAccount account = load(id);
		requireManage(account, by);
		if (account.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
		}
		if (role == Role.ADMIN && !by.has(Role.ADMIN)) {
			throw new AccessDeniedException("only an administrator grants the administrator role");
		}
		if (id.equals(by.id())) {
			throw new InvalidStateException("account.error.changeOwnRole");
		}
		if ((role == Role.AGENCY) && account.getAgencyId() == null) {
			throw new InvalidStateException("account.validation.agencyRequired");
		}
		if (role != Role.ADMIN && account.getRoles().contains(Role.ADMIN)) {
			requireAnotherAdmin(account);
		}
		Set<Role> before = account.getRoles();
		account.update(account.getFullName(), account.getEmail(), rolesFor(role),
				role == Role.OFFICE || role == Role.ADMIN ? null : account.getAgencyId());
		endSessions(account, null);
		this.events.publishEvent(new AccountRoleChanged(id, account.getUsername(), role.name(), before.toString(),
				rolesFor(role).toString(), Actor.of(by), this.clock.instant()));
	}

	/** Gives a new one-time temporary password; the old one stops working and open sessions end. */
	public TemporaryPassword resetPassword(Long id, CurrentUser by) {
		UserAccount account = load(id);
		requireManage(account, by);
		String password = PasswordPolicy.temporary();
		account.changePassword(this.encoder.encode(password), true);
		endSessions(account, null);
		this.events.publishEvent(new PasswordReset(id, account.getUsername(), Actor.of(by), this.clock.instant()));
		return new TemporaryPassword(id, account.getUsername(), password);
	}

	/** An administrator removes a lost authenticator and its recovery codes; the account enrols again. */
	public void resetSecondFactor(Long id, CurrentUser by) {
		if (!by.has(Role.ADMIN)) {
			throw new AccessDeniedException("only an administrator resets a second factor");
		}
		UserAccount account = load(id);
		this.secondFactor.reset(account);
		endSessions(account, null);
		this.events.publishEvent(new SecondFactorReset(id, account.getUsername(), Actor.of(by), this.clock.instant()));
	}

	/**
	 * The signed-in user changes their own password; returns false if the current one is wrong. Every other session
	 * of the account ends (the one making the change, {@code keepSessionId}, stays).
	 */
	public boolean changeOwnPassword(CurrentUser user, String current, String newPassword, String keepSessionId) {
		UserAccount account = load(user.id());
		if (current == null || !this.encoder.matches(current, account.getPasswordHash())) {
			return false;
		}
		if (!PasswordPolicy.accepts(newPassword) || this.encoder.matches(newPassword, account.getPasswordHash())) {
			throw new IllegalArgumentException("password policy");
		}
		account.changePassword(this.encoder.encode(newPassword), false);
		endSessions(account, keepSessionId);
		this.events.publishEvent(new PasswordChanged(user.id(), user.username(), Actor.of(user), this.clock.instant()));
		return true;
	}

	private void requireManage(UserAccount account, CurrentUser by) {
		if (account.getRoles().contains(Role.ADMIN) && !by.has(Role.ADMIN)) {
			throw new AccessDeniedException("only an administrator manages an administrator account");
		}
	}

	private void requireAnotherAdmin(UserAccount account) {
		if (account.getRoles().contains(Role.ADMIN) && account.isEnabled()) {
			// wait for any concurrent change of an administrator, then count again: a statement after the lock sees
			// what the other transaction committed (two administrators demoting each other at once, ADR 0130)
			this.accounts.lockActiveAdmins();
			List<Long> admins = this.accounts.findActiveAdminIds();
			if (admins.stream().noneMatch(adminId -> !adminId.equals(account.getId()))) {
				throw new InvalidStateException("account.error.lastAdmin");
			}
		}
	}

	private static Set<Role> rolesFor(Role role) {
		return role == Role.ADMIN ? EnumSet.of(Role.ADMIN, Role.OFFICE) : EnumSet.of(role);
	}

	// asks the registry by principal only (not getAllPrincipals), which a registry backed by Spring Session supports
	private void endSessions(UserAccount account, String keepSessionId) {
		AccountPrincipal principal = new AccountPrincipal(account.toCurrentUser(), null, true, false, false);
		for (SessionInformation session : this.sessions.getAllSessions(principal, false)) {
			if (!session.getSessionId().equals(keepSessionId)) {
				session.expireNow();
			}
		}
	}

	private UserAccount load(Long id) {
		return this.accounts.findWithRolesById(id).orElseThrow(() -> new NotFoundException(RECORD, id));
	}

}
