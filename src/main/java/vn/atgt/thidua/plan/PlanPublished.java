package vn.atgt.thidua.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.AuditEntry;
import vn.atgt.thidua.shared.events.AuditedEvent;
import vn.atgt.thidua.shared.events.FieldChange;

/**
 * Published: its participants may now read it and file their sub-plans. {@code overriddenWarnings} holds the
 * pre-publication warnings the office chose to publish despite (as they read in Vietnamese), {@code overrideSummary}
 * how the trail then names the act; an override is audited as its own action, {@code plan.publishAnyway}.
 */
public record PlanPublished(Long planId, int year, String numberSymbol, String title, Set<Long> participantIds,
		List<String> overriddenWarnings, String overrideSummary, Actor actor, Instant at) implements AuditedEvent {

	public PlanPublished {
		overriddenWarnings = overriddenWarnings == null ? List.of() : List.copyOf(overriddenWarnings);
	}

	@Override
	public AuditEntry audit() {
		List<FieldChange> changes = new ArrayList<>(AuditEntry.status(PlanStatus.DRAFT, PlanStatus.PUBLISHED));
		if (this.overriddenWarnings.isEmpty()) {
			return new AuditEntry(this.at, this.actor, "plan.publish", PlanService.RECORD, this.planId,
					this.numberSymbol, changes);
		}
		changes.add(new FieldChange("overriddenWarnings", null, String.join("\n", this.overriddenWarnings)));
		return new AuditEntry(this.at, this.actor, "plan.publishAnyway", PlanService.RECORD, this.planId,
				this.overrideSummary, changes);
	}

}
