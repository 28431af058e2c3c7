package vn.atgt.thidua.notification;

import java.time.Instant;
import java.util.List;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.AuditEntry;
import vn.atgt.thidua.shared.events.AuditedEvent;
import vn.atgt.thidua.shared.events.FieldChange;

/**
 * The facts of this module that the audit trail records: reminders sent, a run started by hand, a plan's own
 * reminder schedule, a failed mail put back in the queue. Published in the transaction that did the work and written
 * by the audit module after it committed, so this module does not depend on the audit module.
 */
public final class NotificationEvents {

	private NotificationEvents() {
	}

	/**
	 * A reminder reached an agency: sent by the scheduled run ({@code actor} without an account: audited as
	 * {@code reminder.<trigger>}) or by the office's "Đôn đốc" (audited as {@code reminder.urged}).
	 */
	public record ReminderSent(Long planId, Long agencyId, String kind, String trigger, String summary, Actor actor,
			Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			String action = this.actor.accountId() == null ? "reminder." + this.trigger.toLowerCase() : "reminder.urged";
			return new AuditEntry(this.at, this.actor, action, "Agency", this.agencyId, this.summary, null);
		}

	}

	/** Someone started the reminder run by hand for {@code date} (dd/MM/yyyy). */
	public record RemindersRun(String date, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "reminder.run", null, null, this.date, null);
		}

	}

	/** The office set a plan's own reminder schedule. */
	public record PlanScheduleSet(Long planId, String planNumber, List<FieldChange> changes, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "reminder.planSetting", "Plan", this.planId, this.planNumber,
					this.changes);
		}

	}

	/** The administrator put a failed mail back in the queue. */
	public record OutboxRetried(Long outboxId, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "outbox.retry", "OutboxEmail", this.outboxId, null, null);
		}

	}

}
