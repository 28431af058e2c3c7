package vn.atgt.thidua.notification;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.plan.PlanDirectory.PlanFacts;

/** A tracker the tests steer: a deadline and who has not submitted, for the plans registered with it only. */
@Component
public class TestSubmissionTracker implements SubmissionTracker {

	public static final String KIND = "test-kind";

	private record Entry(LocalDate due, Set<Long> notSubmitted) {
	}

	private final Map<Long, Entry> plans = new ConcurrentHashMap<>();

	public void track(Long planId, LocalDate due, Set<Long> notSubmitted) {
		this.plans.put(planId, new Entry(due, ConcurrentHashMap.newKeySet()));
		this.plans.get(planId).notSubmitted().addAll(notSubmitted);
	}

	public void submitted(Long planId, Long agencyId) {
		this.plans.get(planId).notSubmitted().remove(agencyId);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public LocalDate dueDate(PlanFacts plan) {
		Entry entry = this.plans.get(plan.id());
		return entry == null ? null : entry.due();
	}

	@Override
	public Set<Long> agenciesNotSubmitted(Long planId) {
		Entry entry = this.plans.get(planId);
		return entry == null ? Set.of() : Set.copyOf(entry.notSubmitted());
	}

}
