package vn.atgt.thidua.nomination;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.notification.SubmissionTracker;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.plan.PlanDirectory.PlanFacts;

/** Reminders for award dossiers: participants whose dossier has not reached the office by the nomination due date. */
@Component
@Transactional(readOnly = true)
class NominationSubmissionTracker implements SubmissionTracker {

	static final String KIND = "nomination";

	private final DossierRepository dossiers;

	private final PlanDirectory plans;

	NominationSubmissionTracker(DossierRepository dossiers, PlanDirectory plans) {
		this.dossiers = dossiers;
		this.plans = plans;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public LocalDate dueDate(PlanFacts plan) {
		return plan.nominationDueDate();
	}

	@Override
	public Set<Long> agenciesNotSubmitted(Long planId) {
		Set<Long> waiting = new HashSet<>(this.plans.facts(planId).participantIds());
		this.dossiers.findAgenciesSubmitted(planId).forEach(waiting::remove);
		return waiting;
	}

	@Override
	public String link(Long planId) {
		return "/nominations";
	}

}
