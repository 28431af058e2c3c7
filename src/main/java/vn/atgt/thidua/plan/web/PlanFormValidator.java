package vn.atgt.thidua.plan.web;

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
		if (form.getYear() != null && form.getStartDate() != null
				&& Math.abs(form.getStartDate().getYear() - form.getYear()) > 1) {
			errors.rejectValue("startDate", "plan.validation.startOutsideYear");
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
