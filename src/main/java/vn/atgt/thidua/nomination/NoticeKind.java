package vn.atgt.thidua.nomination;

/** Why a nominee gets a written notice (rule 16): it failed appraisal, or the decision did not award it. */
public enum NoticeKind {

	FAILED_APPRAISAL, NOT_AWARDED;

	static NoticeKind of(NomineeStatus status) {
		return switch (status) {
			case FAILED -> FAILED_APPRAISAL;
			case NOT_AWARDED -> NOT_AWARDED;
			default -> null;
		};
	}

}
