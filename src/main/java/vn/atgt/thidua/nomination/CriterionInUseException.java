package vn.atgt.thidua.nomination;

import vn.atgt.thidua.shared.domain.InvalidStateException;

/** Removing a scoring criterion a reviewer has already scored is refused: the scores would be lost. */
public class CriterionInUseException extends InvalidStateException {

	private final Long criterionId;

	public CriterionInUseException(Long criterionId) {
		super("nomination.criteria.inUse");
		this.criterionId = criterionId;
	}

	public Long criterionId() {
		return this.criterionId;
	}

}
