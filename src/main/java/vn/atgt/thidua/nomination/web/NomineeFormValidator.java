package vn.atgt.thidua.nomination.web;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import vn.atgt.thidua.nomination.SubjectType;

/** An individual needs sex, position and unit (rule 11); a collective only its official name. */
@Component
class NomineeFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> clazz) {
		return NomineeForm.class.isAssignableFrom(clazz);
	}

	@Override
	public void validate(Object target, Errors errors) {
		NomineeForm form = (NomineeForm) target;
		if (form.getSubjectType() != SubjectType.INDIVIDUAL) {
			return;
		}
		if (form.getSex() == null) {
			errors.rejectValue("sex", "nomination.validation.individualField");
		}
		if (form.getPositionTitle() == null) {
			errors.rejectValue("positionTitle", "nomination.validation.individualField");
		}
		if (form.getUnit() == null) {
			errors.rejectValue("unit", "nomination.validation.individualField");
		}
	}

}
