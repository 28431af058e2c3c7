package vn.atgt.thidua.subplan;

import java.time.Instant;
import java.util.List;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.AuditEntry;
import vn.atgt.thidua.shared.events.AuditedEvent;
import vn.atgt.thidua.shared.events.FieldChange;

/** The facts of a sub-plan's life, registered by {@link SubPlan} on each transition and published when it is saved. */
public final class SubPlanEvents {

	private SubPlanEvents() {
	}

	/** An agency saved its sub-plan for a plan for the first time. */
	public record SubPlanCreated(Long subPlanId, Long planId, Long agencyId, String planNumber, Actor actor,
			Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "subplan.create", SubPlanService.RECORD, this.subPlanId,
					this.planNumber, null);
		}

	}

	/** The agency changed its draft (or its returned sub-plan); only fields that changed are listed. */
	public record SubPlanEdited(Long subPlanId, Long planId, String planNumber, List<FieldChange> changes, Actor actor,
			Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "subplan.edit", SubPlanService.RECORD, this.subPlanId,
					this.planNumber, this.changes);
		}

	}

	/** The agency submitted (again): version {@code number}, {@code daysLate} whole days after the due date. */
	public record SubPlanSubmitted(Long subPlanId, Long planId, Long agencyId, int number, int daysLate,
			SubPlanStatus from, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "subplan.submit", SubPlanService.RECORD, this.subPlanId,
					"v" + this.number + (this.daysLate > 0 ? " (" + this.daysLate + " days late)" : " (on time)"),
					AuditEntry.status(this.from, SubPlanStatus.SUBMITTED));
		}

	}

	/** The office accepted the submitted sub-plan. */
	public record SubPlanAccepted(Long subPlanId, Long planId, Long agencyId, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "subplan.accept", SubPlanService.RECORD, this.subPlanId, null,
					AuditEntry.status(SubPlanStatus.SUBMITTED, SubPlanStatus.ACCEPTED));
		}

	}

	/** The office returned the submitted sub-plan with reasons; the agency corrects and submits again. */
	public record SubPlanReturned(Long subPlanId, Long planId, Long agencyId, String reasons, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "subplan.return", SubPlanService.RECORD, this.subPlanId,
					this.reasons, AuditEntry.status(SubPlanStatus.SUBMITTED, SubPlanStatus.RETURNED));
		}

	}

}
