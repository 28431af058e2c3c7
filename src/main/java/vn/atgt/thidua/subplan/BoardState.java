package vn.atgt.thidua.subplan;

/** Where an agency stands on the follow-up board. */
public enum BoardState {

	NOT_STARTED, DRAFT, ON_TIME, LATE, RETURNED, ACCEPTED

}
