package vn.atgt.thidua.shared.events;

import java.time.Instant;
import java.util.List;

/** How one domain event reads in the audit trail: when, who, what was done to which record, and the fields it changed. */
public record AuditEntry(Instant occurredAt, Actor actor, String action, String recordType, Long recordId,
		String summary, List<FieldChange> changes) {

	public AuditEntry {
		changes = changes == null ? List.of() : List.copyOf(changes);
	}

	/** A change of status, the most common change a transition records. */
	public static List<FieldChange> status(Enum<?> from, Enum<?> to) {
		return List.of(new FieldChange("status", from == null ? null : from.name(), to.name()));
	}

}
