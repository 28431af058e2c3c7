package vn.atgt.thidua.statistics;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.plan.TargetSpec;
import vn.atgt.thidua.shared.domain.NotFoundException;
import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.FieldChange;
import vn.atgt.thidua.shared.security.CurrentUser;

/** Measures a plan's targets against the province-wide figures of its year (two queries for the figures at most). */
@Service
@Transactional(readOnly = true)
public class TargetsService {

	private final PlanService plans;

	private final AccidentFiguresRepository figures;

	private final TargetAssessmentRepository assessments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TargetsService(PlanService plans, AccidentFiguresRepository figures, TargetAssessmentRepository assessments,
			ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.figures = figures;
		this.assessments = assessments;
		this.events = events;
		this.clock = clock;
	}

	/** The office's assessments of a plan's qualitative targets, by target id (for the consolidated report too). */
	public Map<Long, TargetAssessment.Assessment> assessments(Long planId) {
		return this.assessments.findByPlanId(planId).stream()
			.collect(Collectors.toMap(TargetAssessment::getTargetId, TargetAssessment::view));
	}

	/** The office assesses a qualitative target of the plan; "not achieved" needs a comment. */
	@Transactional
	public void assess(Long planId, Long targetId, boolean achieved, String comment, CurrentUser by) {
		PlanView plan = this.plans.view(planId, by);
		TargetSpec target = plan.content().targets().stream()
			.filter(t -> targetId.equals(t.id()) && !t.isReduction())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("PlanTarget", targetId));
		TargetAssessment assessment = this.assessments.findByPlanIdAndTargetId(planId, targetId)
			.orElseGet(() -> new TargetAssessment(planId, targetId));
		String before = assessment.getAssessedAt() == null ? null : describe(assessment);
		assessment.assess(achieved, comment, by.displayName(), this.clock.instant());
		this.assessments.save(assessment);
		String name = target.customName() != null ? target.customName() : target.textGoal();
		this.events.publishEvent(new StatisticsEvents.TargetAssessed(planId, name,
				List.of(new FieldChange("assessment", before, describe(assessment))), Actor.of(by), this.clock.instant()));
	}

	private static String describe(TargetAssessment a) {
		return (a.isAchieved() ? "Đạt" : "Không đạt") + (a.getComment() == null ? "" : ": " + a.getComment());
	}

	/** The dashboard of a plan the user may read (404 otherwise, as for the plan itself). */
	public TargetsDashboard dashboard(Long planId, CurrentUser user) {
		PlanView plan = this.plans.view(planId, user);
		int year = plan.content().year();
		List<FiguresRow> all = this.figures.findAllProvinceRows();
		List<FiguresRow> yearly = all.stream().filter(r -> r.periodType() == PeriodType.YEAR).toList();
		List<FiguresRow> halfYears = all.stream().filter(r -> r.periodType() == PeriodType.HALF_YEAR).toList();
		FiguresRow current = yearly.stream().filter(r -> r.periodYear() == year).findFirst().orElse(null);
		FiguresRow previous = yearly.stream().filter(r -> r.periodYear() == year - 1).findFirst().orElse(null);
		TargetsDashboard.Comparison comparison = current == null ? null : comparison(current, previous);
		Map<Long, TargetAssessment.Assessment> assessed = assessments(planId);
		List<TargetsDashboard.TargetResult> targets = plan.content().targets().stream()
			.map(t -> result(t, current, comparison, assessed.get(t.id())))
			.toList();
		return new TargetsDashboard(plan.id(), year, plan.numberSymbol(), plan.content().title(), current, comparison,
				targets, yearly, halfYears);
	}

	// judged at display time: the previous period may have been stored or corrected after these figures
	private static TargetsDashboard.Comparison comparison(FiguresRow current, FiguresRow previous) {
		Counts stored = previous == null ? null : previous.current();
		PreviousSource source = FiguresChecks.source(current.previous(), stored, current.prevReason());
		return new TargetsDashboard.Comparison(source, current.periodYear(), current.periodYear() - 1,
				current.window(), current.enteredBy(), stored, current.prevReason());
	}

	private static TargetsDashboard.TargetResult result(TargetSpec target, FiguresRow figures,
			TargetsDashboard.Comparison comparison, TargetAssessment.Assessment assessment) {
		Change change = null;
		Unit unit = Unit.PEOPLE;
		if (figures != null) {
			HeadlineChange headline = figures.change();
			change = switch (target.indicator()) {
				case ACCIDENTS -> headline.accidents();
				case DEATHS -> headline.deaths();
				case INJURIES -> headline.injuries();
				default -> null;
			};
		}
		if (target.indicator() == vn.atgt.thidua.plan.Indicator.ACCIDENTS) {
			unit = Unit.ACCIDENTS;
		}
		Attainment attainment;
		if (!target.isReduction()) {
			attainment = assessment == null ? Attainment.QUALITATIVE
					: assessment.achieved() ? Attainment.ACHIEVED : Attainment.NOT_ACHIEVED;
		}
		else if (change != null && comparison != null && !comparison.source().judgeable()) {
			attainment = Attainment.UNCONFIRMED;
		}
		else {
			attainment = Attainment.of(change, target.reductionMinPct(), target.reductionMaxPct());
		}
		return new TargetsDashboard.TargetResult(target.id(), target.indicator(), target.customName(),
				target.reductionMinPct(), target.reductionMaxPct(), target.textGoal(), change, unit, attainment,
				assessment);
	}

}
