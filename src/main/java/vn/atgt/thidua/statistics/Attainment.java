package vn.atgt.thidua.statistics;

import java.math.BigDecimal;

/** How far a target was reached: the actual reduction against the plan's reduction range. */
public enum Attainment {

	NOT_MET, MET, EXCEEDED, QUALITATIVE, NO_DATA,

	/** A reduction not judged: the previous-period figures differ from the stored ones and are not confirmed. */
	UNCONFIRMED,

	/** A qualitative target the office assessed. */
	ACHIEVED, NOT_ACHIEVED;

	/**
	 * Not met when the reduction is below the minimum, met within the range, exceeded above the maximum. A missing
	 * minimum counts as 0; a missing maximum means the target cannot be exceeded.
	 */
	public static Attainment of(Change change, BigDecimal minPct, BigDecimal maxPct) {
		if (minPct == null && maxPct == null) {
			return QUALITATIVE;
		}
		if (change == null || !change.hasPercent()) {
			return NO_DATA;
		}
		BigDecimal reduction = change.reductionPercent();
		BigDecimal min = minPct == null ? BigDecimal.ZERO : minPct;
		if (reduction.compareTo(min) < 0) {
			return NOT_MET;
		}
		if (maxPct != null && reduction.compareTo(maxPct) > 0) {
			return EXCEEDED;
		}
		return MET;
	}

}
