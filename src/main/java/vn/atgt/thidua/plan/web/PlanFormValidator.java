package vn.atgt.thidua.plan.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import vn.atgt.thidua.plan.Indicator;

/** The plan's cross-field rules: dates in order, reduction ranges min ≤ max, each target with a goal. */
@Component
class PlanFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return PlanForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		PlanForm form = (PlanForm) target;
		validateDates(form, errors);
		if (form.getTaskGroups().isEmpty()) {
			errors.rejectValue("taskGroups", "plan.validation.taskGroupsRequired");
		}
		List<TargetRow> targets = form.getTargets();
		for (int i = 0; i < targets.size(); i++) {
			validateTarget(targets.get(i), "targets[" + i + "].", errors);
		}
	}

	private void validateDates(PlanForm form, Errors errors) {
		if (form.getStartDate() != null && form.getSubPlanDueDate() != null
				&& form.getSubPlanDueDate().isBefore(form.getStartDate())) {
			errors.rejectValue("subPlanDueDate", "plan.validation.subPlanDueBeforeStart");
		}
		if (form.getSubPlanDueDate() != null && form.getEndDate() != null
				&& form.getEndDate().isBefore(form.getSubPlanDueDate())) {
			errors.rejectValue("endDate", "plan.validation.endBeforeSubPlanDue");
		}
		else if (form.getStartDate() != null && form.getEndDate() != null
				&& form.getEndDate().isBefore(form.getStartDate())) {
			errors.rejectValue("endDate", "plan.validation.endBeforeStart");
		}
		if (form.getYear() != null) {
			int year = form.getYear();
			inYear(form.getStartDate(), year, 0, "startDate", errors);
			inYear(form.getSubPlanDueDate(), year, 0, "subPlanDueDate", errors);
			inYear(form.getEndDate(), year, 0, "endDate", errors);
			inYear(form.getReportDueDate(), year, 0, "reportDueDate", errors);
			// the nomination deadline may fall early in the next year
			inYear(form.getNominationDueDate(), year, 1, "nominationDueDate", errors);
		}
	}

	// one message per field: a date already refused for its order is not refused again for its year
	private static void inYear(LocalDate date, int year, int yearsAfter, String field, Errors errors) {
		if (date != null && !errors.hasFieldErrors(field)
				&& (date.getYear() < year || date.getYear() > year + yearsAfter)) {
			errors.rejectValue(field, yearsAfter == 0 ? "plan.validation.dateOutsideYear"
					: "plan.validation.dateOutsideYearOrNext", new Object[] { String.valueOf(year) }, null);
		}
	}

	private void validateTarget(TargetRow row, String path, Errors errors) {
		if (row.getReductionMinPct() != null && row.getReductionMaxPct() != null
				&& row.getReductionMinPct().compareTo(row.getReductionMaxPct()) > 0) {
			errors.rejectValue(path + "reductionMaxPct", "plan.validation.minAboveMax");
		}
		boolean hasRange = row.getReductionMinPct() != null || row.getReductionMaxPct() != null;
		if (!hasRange && (row.getTextGoal() == null || row.getTextGoal().isBlank())) {
			errors.rejectValue(path + "textGoal", "plan.validation.targetGoalRequired");
		}
		if (row.getIndicator() == Indicator.CUSTOM && (row.getCustomName() == null || row.getCustomName().isBlank())) {
			errors.rejectValue(path + "customName", "plan.validation.customNameRequired");
		}
	}

}
