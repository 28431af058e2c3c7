package vn.atgt.thidua.statistics;

import java.time.Instant;
import java.util.List;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.AuditEntry;
import vn.atgt.thidua.shared.events.AuditedEvent;
import vn.atgt.thidua.shared.events.FieldChange;

/** Facts of the province-wide accident figures: a period recorded, a period corrected. */
public final class StatisticsEvents {

	private StatisticsEvents() {
	}

	public record FiguresRecorded(Long figuresId, String summary, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "stats.record", StatisticsService.RECORD, this.figuresId,
					this.summary, null);
		}

	}

	public record FiguresCorrected(Long figuresId, String summary, List<FieldChange> changes, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "stats.correct", StatisticsService.RECORD, this.figuresId,
					this.summary, this.changes);
		}

	}

	/** The office assessed a qualitative target of a plan (recorded against the plan). */
	public record TargetAssessed(Long planId, String summary, List<FieldChange> changes, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "stats.assess", "Plan", this.planId, this.summary,
					this.changes);
		}

	}

}
