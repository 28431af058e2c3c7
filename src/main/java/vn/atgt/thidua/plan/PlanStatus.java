package vn.atgt.thidua.plan;

/** DRAFT → PUBLISHED → CLOSED. */
public enum PlanStatus {

	DRAFT, PUBLISHED, CLOSED

}
