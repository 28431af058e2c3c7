package vn.atgt.thidua.audit;

import vn.atgt.thidua.shared.events.FieldChange;
import java.time.Instant;
import java.util.List;

/** An audit entry as the search page and the export show it. */
public record AuditRow(Long id, Instant occurredAt, String actor, String agencyName, String address, String action,
		String recordType, Long recordId, String summary, List<FieldChange> changes) {
}
