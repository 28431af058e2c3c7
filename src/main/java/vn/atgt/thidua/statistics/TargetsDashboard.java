package vn.atgt.thidua.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import vn.atgt.thidua.plan.Indicator;

/** The targets dashboard of a plan: each target's attainment, and the figures behind the charts. */
public record TargetsDashboard(Long planId, int year, String numberSymbol, String title, FiguresRow yearFigures,
		List<TargetResult> targets, List<FiguresRow> yearly, List<FiguresRow> halfYears) {

	/** One target with the actual change of the year's figures and its attainment. */
	public record TargetResult(Indicator indicator, String customName, BigDecimal reductionMinPct,
			BigDecimal reductionMaxPct, String textGoal, Change change, Unit unit, Attainment attainment) {

		public String actualText() {
			return this.change == null ? "" : this.change.describe(this.unit);
		}

	}

	/** Chart data as JSON for a {@code data-*} attribute (read by {@code /js/stats-charts.js}). */
	public String yearlyJson() {
		return json(this.yearly);
	}

	public String halfYearJson() {
		return json(this.halfYears);
	}

	private static String json(List<FiguresRow> rows) {
		return "{\"labels\":[" + rows.stream().map(r -> "\"" + r.periodYear() + "\"").collect(Collectors.joining(","))
				+ "],\"accidents\":[" + rows.stream().map(r -> String.valueOf(r.accidents())).collect(Collectors.joining(","))
				+ "],\"deaths\":[" + rows.stream().map(r -> String.valueOf(r.deaths())).collect(Collectors.joining(","))
				+ "],\"injuries\":[" + rows.stream().map(r -> String.valueOf(r.injuries())).collect(Collectors.joining(","))
				+ "]}";
	}

}
