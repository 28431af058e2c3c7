package vn.atgt.thidua.agency;

import java.time.Instant;
import java.util.List;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.AuditEntry;
import vn.atgt.thidua.shared.events.AuditedEvent;
import vn.atgt.thidua.shared.events.FieldChange;

/** What happens to the agency registry, published for the audit trail and any other listener. */
public final class AgencyEvents {

	private AgencyEvents() {
	}

	/** An agency was added to the registry, by hand or by an import. */
	public record AgencyRegistered(Long agencyId, String name, boolean imported, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "agency.create", AgencyService.RECORD, this.agencyId,
					this.imported ? this.name + " (import)" : this.name, null);
		}

	}

	/** An agency's details were edited. */
	public record AgencyChanged(Long agencyId, String name, List<FieldChange> changes, Actor actor, Instant at)
			implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "agency.edit", AgencyService.RECORD, this.agencyId, this.name,
					this.changes);
		}

	}

	/** An import from the .xlsx template finished: every row was registered. */
	public record AgenciesImported(int count, Actor actor, Instant at) implements AuditedEvent {

		@Override
		public AuditEntry audit() {
			return new AuditEntry(this.at, this.actor, "agency.import", AgencyService.RECORD, null,
					this.count + " agencies", null);
		}

	}

}
