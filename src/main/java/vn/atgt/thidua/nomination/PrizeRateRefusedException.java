package vn.atgt.thidua.nomination;

import vn.atgt.thidua.shared.domain.FieldRefusedException;

/** A row of the prize tables that the rules refuse (a second row for the same date, a form not for that subject). */
public class PrizeRateRefusedException extends FieldRefusedException {

	public PrizeRateRefusedException(String field, String messageKey) {
		super(field, messageKey);
	}

}
