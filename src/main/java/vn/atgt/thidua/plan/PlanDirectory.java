package vn.atgt.thidua.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.shared.domain.NotFoundException;

/** What other modules (sub-plans, reports, dossiers, reminders) need to know about a plan. */
@Service
@Transactional(readOnly = true)
public class PlanDirectory {

	/** The facts of a plan other modules work against. */
	public record PlanFacts(Long id, int year, PlanStatus status, String numberSymbol, String title,
			LocalDate startDate, LocalDate endDate, LocalDate subPlanDueDate, LocalDate reportDueDate,
			LocalDate nominationDueDate, List<TaskGroupSpec> taskGroups, Set<Long> participantIds) {

		public boolean isPublished() {
			return this.status == PlanStatus.PUBLISHED;
		}

		public boolean hasParticipant(Long agencyId) {
			return this.participantIds.contains(agencyId);
		}

	}

	private final PlanRepository plans;

	PlanDirectory(PlanRepository plans) {
		this.plans = plans;
	}

	public PlanFacts facts(Long planId) {
		Plan plan = this.plans.findWithTaskGroupsById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
		return new PlanFacts(plan.getId(), plan.getYear(), plan.getStatus(), plan.numberSymbol(), plan.getTitle(),
				plan.getStartDate(), plan.getEndDate(), plan.getSubPlanDueDate(), plan.getReportDueDate(),
				plan.getNominationDueDate(), plan.taskGroupSpecs(), plan.getParticipantIds());
	}

	/** A plan as clerks cite it in a chooser: {@code 12/KH-BATGT ngày 10/6/2024} (message {@code plan.label}). */
	public record PlanLabel(Long id, int year, String numberSymbol, LocalDate issueDate, String title) {
	}

	/** Every issued plan (published or closed), newest first, for the plan choosers of list pages. */
	public List<PlanLabel> issuedPlans() {
		return this.plans.findIssuedLabels();
	}

	/** A plan as other pages name it (number and title), in one statement: no task groups, no participants. */
	public PlanLabel label(Long planId) {
		return this.plans.findLabel(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
	}

	/** The published plans an agency takes part in, newest first, in one statement whatever their number. */
	public List<PlanLabel> publishedPlansOf(Long agencyId) {
		return this.plans.findPublishedLabelsFor(agencyId);
	}

	public List<Long> publishedPlanIds() {
		return this.plans.findPublishedIds();
	}

}
