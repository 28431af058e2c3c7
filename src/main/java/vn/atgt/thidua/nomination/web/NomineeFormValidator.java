package vn.atgt.thidua.nomination.web;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import vn.atgt.thidua.nomination.SubjectType;

/**
 * An individual needs sex, position and unit (rule 11), and a date of birth, when given, that has passed; a
 * collective only its official name.
 */
@Component
class NomineeFormValidator implements Validator {

	private static final java.time.LocalDate EARLIEST_BIRTH = java.time.LocalDate.of(1900, 1, 1);

	private final java.time.Clock clock;

	NomineeFormValidator(java.time.Clock clock) {
		this.clock = clock;
	}

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
		java.time.LocalDate born = form.getBirthDate();
		if (born != null && (born.isBefore(EARLIEST_BIRTH) || born.isAfter(java.time.LocalDate.now(this.clock)))) {
			errors.rejectValue("birthDate", "nomination.error.birthDateRange");
		}
	}

}
