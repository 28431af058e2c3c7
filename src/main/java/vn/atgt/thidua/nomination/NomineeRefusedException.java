package vn.atgt.thidua.nomination;

import vn.atgt.thidua.shared.domain.FieldRefusedException;

/** A nominee that the rules do not allow (wrong subject for the award form, duplicate, under discipline). */
public class NomineeRefusedException extends FieldRefusedException {

	public NomineeRefusedException(String field, String messageKey) {
		super(field, messageKey);
	}

}
