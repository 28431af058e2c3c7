package vn.atgt.thidua.agency.web;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import vn.atgt.thidua.agency.AgencyService;

/** The agency form's rules beyond its annotations, for the page and the import alike: dates in order, a new name. */
@Component
class AgencyFormValidator implements Validator {

	private final AgencyService agencies;

	AgencyFormValidator(AgencyService agencies) {
		this.agencies = agencies;
	}

	@Override
	public boolean supports(Class<?> clazz) {
		return AgencyForm.class.isAssignableFrom(clazz);
	}

	@Override
	public void validate(Object target, Errors errors) {
		validate((AgencyForm) target, null, errors);
	}

	/** {@code id}: the agency being edited, whose own name is not "taken"; {@code null} for a new one. */
	void validate(AgencyForm form, Long id, Errors errors) {
		if (form.getValidFrom() != null && form.getValidTo() != null && form.getValidFrom().isAfter(form.getValidTo())) {
			errors.rejectValue("validTo", "agency.validation.dateOrder");
		}
		if (form.getName() != null && this.agencies.nameTaken(form.getName(), id)) {
			errors.rejectValue("name", "agency.validation.nameTaken");
		}
	}

}
