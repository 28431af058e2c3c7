package vn.atgt.thidua.plan;

import java.time.Instant;
import java.util.List;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.AuditEntry;
import vn.atgt.thidua.shared.events.AuditedEvent;
import vn.atgt.thidua.shared.events.FieldChange;

/**
 * The facts of a plan's life besides its publication ({@link PlanPublished}), each with how it reads in the audit
 * trail. {@code summary} is what the trail shows next to the action (title, reason or number).
 */
public final class PlanEvents {

	private PlanEvents() {
	}

	/** A plan event that is nothing but an audit entry: action, summary and changed fields. */
	public sealed interface PlanChange extends AuditedEvent {

		Long planId();

		String action();

		String summary();

		List<FieldChange> changes();

		Actor actor();

		Instant at();

		@Override
		default AuditEntry audit() {
			return new AuditEntry(at(), actor(), action(), PlanService.RECORD, planId(), summary(), changes());
		}

	}

	public record PlanCreated(Long planId, String summary, List<FieldChange> changes, Actor actor, Instant at)
			implements PlanChange {

		@Override
		public String action() {
			return "plan.create";
		}

	}

	/** Next year's draft, started as a copy of this plan; {@code summary} names the source. */
	public record PlanCopied(Long planId, String summary, List<FieldChange> changes, Actor actor, Instant at)
			implements PlanChange {

		@Override
		public String action() {
			return "plan.copy";
		}

	}

	public record PlanEdited(Long planId, String summary, List<FieldChange> changes, Actor actor, Instant at)
			implements PlanChange {

		@Override
		public String action() {
			return "plan.edit";
		}

	}

	/** A published plan was corrected on record; {@code summary} is the reason. */
	public record PlanAmended(Long planId, String summary, List<FieldChange> changes, Actor actor, Instant at)
			implements PlanChange {

		@Override
		public String action() {
			return "plan.amend";
		}

	}

	public record PlanParticipantsChosen(Long planId, String summary, List<FieldChange> changes, Actor actor,
			Instant at) implements PlanChange {

		@Override
		public String action() {
			return "plan.participants";
		}

	}

	public record PlanClosed(Long planId, String summary, List<FieldChange> changes, Actor actor, Instant at)
			implements PlanChange {

		@Override
		public String action() {
			return "plan.close";
		}

	}

}
