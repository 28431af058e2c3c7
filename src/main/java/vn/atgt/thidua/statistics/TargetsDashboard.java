package vn.atgt.thidua.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import vn.atgt.thidua.plan.Indicator;

/** The targets dashboard of a plan: each target's attainment, and the figures behind the charts. */
public record TargetsDashboard(Long planId, int year, String numberSymbol, String title, FiguresRow yearFigures,
		Comparison comparison, List<TargetResult> targets, List<FiguresRow> yearly, List<FiguresRow> halfYears) {

	/**
	 * Which figures the dashboard compared and where the previous period's came from: {@code source} against the
	 * stored figures of {@code previousYear} ({@code stored} null when there are none), the reason of a confirmed
	 * difference.
	 */
	public record Comparison(PreviousSource source, int year, int previousYear, String window, String enteredBy,
			Counts stored, String reason) {
	}

	/** One target with the actual change of the year's figures and its attainment (or the office's assessment). */
	public record TargetResult(Long targetId, Indicator indicator, String customName, BigDecimal reductionMinPct,
			BigDecimal reductionMaxPct, String textGoal, Change change, Unit unit, Attainment attainment,
			TargetAssessment.Assessment assessment) {

		public boolean isQualitative() {
			return this.reductionMinPct == null && this.reductionMaxPct == null;
		}

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
