package vn.atgt.thidua.shared.storage;

import java.time.Instant;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.AuditEntry;
import vn.atgt.thidua.shared.events.AuditedEvent;

/**
 * A stored file was attached to a record ({@code action}: the audit action, e.g. "subplan.attach"); the audit module
 * writes it after the attaching transaction committed, like every other {@link AuditedEvent}.
 */
public record FileAttached(Actor actor, String action, String recordType, Long recordId, String fileName, Instant at)
		implements AuditedEvent {

	@Override
	public AuditEntry audit() {
		return new AuditEntry(this.at, this.actor, this.action, this.recordType, this.recordId, this.fileName, null);
	}

}
