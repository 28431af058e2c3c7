package vn.atgt.thidua.report;

import java.time.Instant;

/** List and consolidated-view rows of year-end reports (JPQL constructor projections). */
public final class YearEndReportRows {

	private YearEndReportRows() {
	}

	/** A report in the office's list. */
	public record ReportRow(Long id, Long planId, int planYear, String planTitle, String agencyName,
			ReportStatus status, Instant submittedAt, Integer daysLate) {
	}

	/** A report of a plan in the consolidated view. */
	public record PlanReportRow(Long id, Long agencyId, String agencyName, ReportStatus status, Instant submittedAt,
			Integer daysLate, String modelsFound) {

		public boolean late() {
			return this.daysLate != null && this.daysLate > 0;
		}

	}

	/** What one agency reported for one task group. */
	public record GroupResult(Long agencyId, Long taskGroupId, String result) {
	}

}
