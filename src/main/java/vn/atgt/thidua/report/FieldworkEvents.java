package vn.atgt.thidua.report;

import java.time.Instant;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.AuditEntry;
import vn.atgt.thidua.shared.events.AuditedEvent;
import vn.atgt.thidua.shared.events.FieldChange;

/** Facts of the office's fieldwork: inspections recorded, exemplary models recorded and spread. */
public final class FieldworkEvents {

	private FieldworkEvents() {
	}

	public record InspectionRecorded(Long inspectionId, Long agencyId, String summary, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "inspection.record", "Inspection", this.inspectionId,
					this.summary, null);
		}

	}

	public record ModelRecorded(Long modelId, Long agencyId, String subject, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "model.record", "ExemplaryModel", this.modelId, this.subject,
					null);
		}

	}

	/** The office marked a model worth spreading (công khai, nhân rộng), or took the mark back. */
	public record ModelSpreadingChanged(Long modelId, String subject, boolean spread, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, this.spread ? "model.spread" : "model.unspread",
					"ExemplaryModel", this.modelId, this.subject, java.util.List.of(new FieldChange("worthSpreading",
							String.valueOf(!this.spread), String.valueOf(this.spread))));
		}

	}

}
