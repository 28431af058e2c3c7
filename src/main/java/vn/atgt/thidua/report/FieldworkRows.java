package vn.atgt.thidua.report;

import java.time.Instant;
import java.time.LocalDate;

/** List rows of inspections and exemplary models (JPQL constructor projections with the agency's name). */
public final class FieldworkRows {

	private FieldworkRows() {
	}

	/** An inspection in a list. */
	public record InspectionRow(Long id, LocalDate inspectedOn, String agencyName, String team, String scope) {
	}

	/** An exemplary model in a list. */
	public record ModelRow(Long id, String agencyName, String subject, String achievement, boolean worthSpreading,
			Instant createdAt) {
	}

}
