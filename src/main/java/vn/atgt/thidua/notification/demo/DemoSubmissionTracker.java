package vn.atgt.thidua.notification.demo;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.notification.SubmissionTracker;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.plan.PlanDirectory.PlanFacts;

/**
 * Demo only: until the sub-plan module provides its tracker, every participant counts as not having filed its
 * implementation plan, so reminders can be watched in the default run. A real "subplan" tracker replaces it.
 */
@Component
@Profile("demo")
class DemoSubmissionTracker implements SubmissionTracker {

	private final PlanDirectory plans;

	DemoSubmissionTracker(PlanDirectory plans) {
		this.plans = plans;
	}

	@Override
	public String kind() {
		return "subplan";
	}

	@Override
	public LocalDate dueDate(PlanFacts plan) {
		return plan.subPlanDueDate();
	}

	@Override
	public Set<Long> agenciesNotSubmitted(Long planId) {
		return this.plans.facts(planId).participantIds();
	}

	@Override
	public boolean isPlaceholder() {
		return true;
	}

}
