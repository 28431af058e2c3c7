package vn.atgt.thidua.nomination;

import vn.atgt.thidua.shared.domain.InvalidStateException;

/** The office put again before a dossier a reviewer who recused from it: refused, the office assigns another. */
public class ReviewerRecusedException extends InvalidStateException {

	public ReviewerRecusedException() {
		super("nomination.error.reviewerRecused");
	}

}
