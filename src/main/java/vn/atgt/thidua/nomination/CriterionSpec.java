package vn.atgt.thidua.nomination;

import java.math.BigDecimal;

/**
 * A scoring criterion as the office states it ({@code id} null for a new one): name at most 200 characters, weight
 * and highest score above 0 and at most 100, with at most two decimals.
 */
public record CriterionSpec(Long id, String name, BigDecimal weight, BigDecimal maximum, int position) {

	public static final int NAME_LIMIT = 200;

	public static final BigDecimal LIMIT = BigDecimal.valueOf(100);

	/** Within the limits of a weight or a highest score. */
	public static boolean withinLimits(BigDecimal value) {
		return value != null && value.signum() > 0 && value.compareTo(LIMIT) <= 0 && value.stripTrailingZeros().scale() <= 2;
	}

	void check() {
		if (this.name == null || this.name.isBlank() || this.name.length() > NAME_LIMIT || !withinLimits(this.weight)
				|| !withinLimits(this.maximum)) {
			throw new IllegalArgumentException("criterion out of its limits");
		}
	}

}
