package vn.atgt.thidua.nomination;

/** Life of one nominee: PROPOSED → PASSED | FAILED (appraisal) → AWARDED | NOT_AWARDED (decision) → REVOKED. */
public enum NomineeStatus {
	PROPOSED, PASSED, FAILED, AWARDED, NOT_AWARDED, REVOKED
}
