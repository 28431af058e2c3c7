package vn.atgt.thidua.plan;

import java.math.BigDecimal;

/** A target as data (parameters in, view out). {@code id} is null for a new target. */
public record TargetSpec(Long id, Indicator indicator, String customName, String baselineLabel,
		BigDecimal reductionMinPct, BigDecimal reductionMaxPct, String textGoal) {

	public boolean isReduction() {
		return this.reductionMinPct != null || this.reductionMaxPct != null;
	}

}
