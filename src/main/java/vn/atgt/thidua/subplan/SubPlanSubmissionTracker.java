package vn.atgt.thidua.subplan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.notification.SubmissionTracker;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.plan.PlanDirectory.PlanFacts;

/** Reminders for sub-plans: participants without a submitted or accepted sub-plan (a returned one counts as not). */
@Component
@Transactional(readOnly = true)
class SubPlanSubmissionTracker implements SubmissionTracker {

	static final String KIND = "subplan";

	private final SubPlanRepository subPlans;

	private final PlanDirectory plans;

	SubPlanSubmissionTracker(SubPlanRepository subPlans, PlanDirectory plans) {
		this.subPlans = subPlans;
		this.plans = plans;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public LocalDate dueDate(PlanFacts plan) {
		return plan.subPlanDueDate();
	}

	@Override
	public Set<Long> agenciesNotSubmitted(Long planId) {
		Set<Long> waiting = new HashSet<>(this.plans.facts(planId).participantIds());
		this.subPlans.findAgenciesSubmitted(planId).forEach(waiting::remove);
		return waiting;
	}

	@Override
	public String link(Long planId) {
		return "/plans/" + planId + "/subplan";
	}

}
