package vn.atgt.thidua.notification;

import java.time.LocalDate;
import java.util.Set;

import vn.atgt.thidua.plan.PlanDirectory.PlanFacts;

/**
 * What a module that collects something from the agencies by a deadline (sub-plans, reports, dossiers) tells the
 * reminders: the deadline of a plan, and who has not submitted yet. Implement it as a Spring bean; the reminder
 * job finds every such bean.
 */
public interface SubmissionTracker {

	/** {@code subplan}, {@code report} or {@code nomination}; its label is the message {@code notification.kind.<kind>}. */
	String kind();

	/** The deadline for this plan, or {@code null} when the plan has none (no reminders then). */
	LocalDate dueDate(PlanFacts plan);

	/** Participating agencies that have not submitted (a returned submission counts as not submitted). */
	Set<Long> agenciesNotSubmitted(Long planId);

	/** Where the reminder leads the agency. */
	default String link(Long planId) {
		return "/plans/" + planId;
	}

}
