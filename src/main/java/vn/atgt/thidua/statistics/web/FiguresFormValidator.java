package vn.atgt.thidua.statistics.web;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import vn.atgt.thidua.statistics.FiguresChecks;

/**
 * Cross-field rules of the figures form: a month or quarter needs its number; a period cannot end before it starts nor
 * outside its year; no sub-count above the accidents. One message per field.
 */
@Component
class FiguresFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> clazz) {
		return FiguresForm.class.isAssignableFrom(clazz);
	}

	@Override
	public void validate(Object target, Errors errors) {
		FiguresForm form = (FiguresForm) target;
		if (form.getPeriodType() != null && form.getPeriodType().isNumbered() && !errors.hasFieldErrors("periodNo")
				&& (form.getPeriodNo() == null || form.getPeriodNo() < 1
						|| form.getPeriodNo() > form.getPeriodType().maxNumber())) {
			errors.rejectValue("periodNo", "stats.validation.periodNo." + form.getPeriodType(),
					new Object[] { form.getPeriodType().maxNumber() }, null);
		}
		LocalDate start = form.effectiveStart();
		LocalDate end = form.effectiveEnd();
		if (start == null && !errors.hasFieldErrors("periodStart") && !errors.hasFieldErrors("periodNo")) {
			errors.rejectValue("periodStart", "NotNull");
		}
		if (end == null && !errors.hasFieldErrors("periodEnd") && !errors.hasFieldErrors("periodNo")) {
			errors.rejectValue("periodEnd", "NotNull");
		}
		if (start != null && end != null && end.isBefore(start) && !errors.hasFieldErrors("periodEnd")) {
			errors.rejectValue("periodEnd", "stats.validation.endBeforeStart");
		}
		if (form.getAccidents() != null && !errors.hasFieldErrors("accidents")) {
			FiguresChecks.subCountsAboveTotal(form.getAccidents(), form.getEspeciallySerious(), form.getVerySerious(),
					form.getSerious(), form.getDrinkDriving(), form.getCommercialTransport())
				.forEach((field, value) -> {
					if (!errors.hasFieldErrors(field)) {
						errors.rejectValue(field, "stats.validation.subCountAboveTotal",
								new Object[] { String.valueOf(value), String.valueOf(form.getAccidents()) }, null);
					}
				});
		}
		// the window of a period of year Y ends in Y and starts in Y or at the end of Y−1 (15/12 under Decree 09)
		Integer year = form.getPeriodYear();
		if (year != null && end != null && end.getYear() != year && !errors.hasFieldErrors("periodEnd")) {
			errors.rejectValue("periodEnd", "stats.validation.endOutsideYear", new Object[] { String.valueOf(year) },
					null);
		}
		if (year != null && start != null && start.getYear() != year && start.getYear() != year - 1
				&& !errors.hasFieldErrors("periodStart")) {
			errors.rejectValue("periodStart", "stats.validation.startOutsideYear",
					new Object[] { String.valueOf(year) }, null);
		}
	}

}
