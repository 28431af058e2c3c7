package vn.atgt.thidua.nomination;

import vn.atgt.thidua.shared.domain.InvalidStateException;

/** Rule 12: a dossier proposes more nominees of one award form than the plan's quota per agency allows. */
public class QuotaExceededException extends InvalidStateException {

	private final String awardForm;

	private final int count;

	private final int limit;

	public QuotaExceededException(String awardForm, int count, int limit) {
		super("nomination.rules.error.quotaExceeded");
		this.awardForm = awardForm;
		this.count = count;
		this.limit = limit;
	}

	/** The message's arguments: the award form, how many the dossier proposes, the limit. */
	public Object[] args() {
		return new Object[] { this.awardForm, this.count, this.limit };
	}

}
