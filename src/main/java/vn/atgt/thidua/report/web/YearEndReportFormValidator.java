package vn.atgt.thidua.report.web;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import vn.atgt.thidua.statistics.FiguresChecks;

/**
 * Cross-field rules of the report form: figures come whole (six counts and a period), the period runs forwards, and no
 * sub-count exceeds the accidents (the same rule as the province's figures form, {@link FiguresChecks}).
 */
@Component
class YearEndReportFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> clazz) {
		return YearEndReportForm.class.isAssignableFrom(clazz);
	}

	@Override
	public void validate(Object target, Errors errors) {
		YearEndReportForm form = (YearEndReportForm) target;
		form.getResults().forEach((group, text) -> {
			if (text != null && text.length() > YearEndReportForm.MAX_TEXT) {
				errors.rejectValue("results[" + group + "]", "Size", new Object[] { YearEndReportForm.MAX_TEXT }, null);
			}
		});
		if (form.getPeriodStart() != null && form.getPeriodEnd() != null
				&& form.getPeriodEnd().isBefore(form.getPeriodStart())) {
			errors.rejectValue("periodEnd", "yearReport.validation.endBeforeStart");
		}
		if (!form.figuresGiven()) {
			return;
		}
		if (form.getPeriodStart() == null && !errors.hasFieldErrors("periodStart")) {
			errors.rejectValue("periodStart", "NotNull");
		}
		if (form.getPeriodEnd() == null && !errors.hasFieldErrors("periodEnd")) {
			errors.rejectValue("periodEnd", "NotNull");
		}
		for (String field : new String[] { "accidents", "deaths", "injuries", "prevAccidents", "prevDeaths",
				"prevInjuries" }) {
			if (errors.getFieldValue(field) == null && !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "NotNull");
			}
		}
		if (form.getAccidents() != null && !errors.hasFieldErrors("accidents")) {
			FiguresChecks.subCountsAboveTotal(form.getAccidents(), form.getEspeciallySerious(), form.getVerySerious(),
					form.getSerious(), null, null)
				.forEach((field, value) -> {
					if (!errors.hasFieldErrors(field)) {
						errors.rejectValue(field, "stats.validation.subCountAboveTotal",
								new Object[] { String.valueOf(value), String.valueOf(form.getAccidents()) }, null);
					}
				});
		}
	}

}
