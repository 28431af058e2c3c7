package vn.atgt.thidua.audit;

import vn.atgt.thidua.shared.events.FieldChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An audit entry as the search page and the export show it: the record by the name a clerk knows it (never its
 * database id), and the plan it belongs to, if any.
 */
public record AuditRow(Long id, Instant occurredAt, String actor, String agencyName, String address, String action,
		String recordType, Long recordId, String recordName, PlanRef plan, String summary, List<FieldChange> changes) {

	/** A plan as clerks cite it: {@code 12/KH-BATGT ngày 10/6/2024}, or the draft of a year before it has a number. */
	public record PlanRef(Long id, int year, Integer number, String numberSymbol, LocalDate issueDate) {

		public boolean isNumbered() {
			return this.number != null;
		}

	}

}
