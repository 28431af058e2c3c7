package vn.atgt.thidua.subplan;

/** DRAFT → SUBMITTED → ACCEPTED | RETURNED → SUBMITTED again. */
public enum SubPlanStatus {

	DRAFT, SUBMITTED, ACCEPTED, RETURNED

}
