package vn.atgt.thidua.plan;

import java.time.Instant;
import java.util.Set;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.AuditEntry;
import vn.atgt.thidua.shared.events.AuditedEvent;

/** Published: its participants may now read it and file their sub-plans. */
public record PlanPublished(Long planId, int year, String numberSymbol, String title, Set<Long> participantIds,
		Actor actor, Instant at) implements AuditedEvent {

	@Override
	public AuditEntry audit() {
		return new AuditEntry(this.at, this.actor, "plan.publish", PlanService.RECORD, this.planId, this.numberSymbol,
				AuditEntry.status(PlanStatus.DRAFT, PlanStatus.PUBLISHED));
	}

}
