package vn.atgt.thidua.account;

import java.time.Instant;
import java.util.List;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.AuditEntry;
import vn.atgt.thidua.shared.events.AuditedEvent;
import vn.atgt.thidua.shared.events.FieldChange;

/**
 * The facts of an account's life, published by {@link AccountService} and {@link SecondFactorService}; the audit
 * trail writes each after its transaction committed (ADR 0163). Each reads in the trail exactly as the direct
 * audit calls did before.
 */
public final class AccountEvents {

	private AccountEvents() {
	}

	/** An account was created with a temporary password and one role. */
	public record AccountCreated(Long accountId, String username, String role, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "account.create", AccountService.RECORD, this.accountId,
					this.username + " " + this.role, null);
		}

	}

	/** An account was enabled or disabled (a disabled account's sessions ended). */
	public record AccountEnabled(Long accountId, String username, boolean before, boolean enabled, Actor actor,
			Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, this.enabled ? "account.enable" : "account.disable",
					AccountService.RECORD, this.accountId, this.username, List.of(
							new FieldChange("enabled", String.valueOf(this.before), String.valueOf(this.enabled))));
		}

	}

	/** The account's role changed; its sessions ended. */
	public record AccountRoleChanged(Long accountId, String username, String role, String rolesBefore,
			String rolesAfter, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "account.role", AccountService.RECORD, this.accountId,
					this.username + " " + this.role, List.of(new FieldChange("roles", this.rolesBefore, this.rolesAfter)));
		}

	}

	/** The office or an administrator gave the account a new temporary password. */
	public record PasswordReset(Long accountId, String username, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "account.reset", AccountService.RECORD, this.accountId,
					this.username, null);
		}

	}

	/** The user changed their own password. */
	public record PasswordChanged(Long accountId, String username, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "account.password", AccountService.RECORD, this.accountId,
					this.username, null);
		}

	}

	/** An administrator removed the account's authenticator and recovery codes. */
	public record SecondFactorReset(Long accountId, String username, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "account.mfa.reset", AccountService.RECORD, this.accountId,
					this.username, null);
		}

	}

	/** The user enrolled a TOTP authenticator (a code from it was accepted). */
	public record SecondFactorEnrolled(Long accountId, String username, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "account.mfa.enrol", AccountService.RECORD, this.accountId,
					this.username, null);
		}

	}

	/** A one-time recovery code was used instead of a TOTP code. */
	public record RecoveryCodeUsed(Long accountId, String username, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "auth.recovery-code", AccountService.RECORD, this.accountId,
					this.username, null);
		}

	}

}
