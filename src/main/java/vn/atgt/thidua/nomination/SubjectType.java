package vn.atgt.thidua.nomination;

/** Who a nominee is: a collective (by its official name) or an individual. */
public enum SubjectType {
	COLLECTIVE, INDIVIDUAL
}
