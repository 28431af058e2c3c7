package vn.atgt.thidua.report;

/** The life of a year-end report: DRAFT → SUBMITTED → ACCEPTED, or SUBMITTED → RETURNED → SUBMITTED again. */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, ACCEPTED;

	/** The agency may still edit the report. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

}
