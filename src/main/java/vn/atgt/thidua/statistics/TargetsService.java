package vn.atgt.thidua.statistics;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.plan.TargetSpec;
import vn.atgt.thidua.shared.security.CurrentUser;

/** Measures a plan's targets against the province-wide figures of its year (two queries for the figures at most). */
@Service
@Transactional(readOnly = true)
public class TargetsService {

	private final PlanService plans;

	private final AccidentFiguresRepository figures;

	TargetsService(PlanService plans, AccidentFiguresRepository figures) {
		this.plans = plans;
		this.figures = figures;
	}

	/** The dashboard of a plan the user may read (404 otherwise, as for the plan itself). */
	public TargetsDashboard dashboard(Long planId, CurrentUser user) {
		PlanView plan = this.plans.view(planId, user);
		int year = plan.content().year();
		List<FiguresRow> all = this.figures.findAllProvinceRows();
		List<FiguresRow> yearly = all.stream().filter(r -> r.periodType() == PeriodType.YEAR).toList();
		List<FiguresRow> halfYears = all.stream().filter(r -> r.periodType() == PeriodType.HALF_YEAR).toList();
		FiguresRow current = yearly.stream().filter(r -> r.periodYear() == year).findFirst().orElse(null);
		List<TargetsDashboard.TargetResult> targets = plan.content().targets().stream()
			.map(t -> result(t, current))
			.toList();
		return new TargetsDashboard(plan.id(), year, plan.numberSymbol(), plan.content().title(), current, targets,
				yearly, halfYears);
	}

	private static TargetsDashboard.TargetResult result(TargetSpec target, FiguresRow figures) {
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
		Attainment attainment = target.isReduction()
				? Attainment.of(change, target.reductionMinPct(), target.reductionMaxPct()) : Attainment.QUALITATIVE;
		return new TargetsDashboard.TargetResult(target.indicator(), target.customName(), target.reductionMinPct(),
				target.reductionMaxPct(), target.textGoal(), change, unit, attainment);
	}

}
