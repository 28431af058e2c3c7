package vn.atgt.thidua.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The change of one count against the same period of the previous year: the difference and the percentage of the
 * baseline (one decimal, half up; none when the baseline is zero), printed the way the committee's reports write
 * it: {@code giảm 6 vụ (-17,6%)}, {@code tăng 2 người (+5,0%)}, {@code không thay đổi}.
 */
public record Change(long previous, long current, long delta, BigDecimal percent) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The direction of a change. */
	public enum Direction {

		DECREASE, INCREASE, UNCHANGED

	}

	public Change {
		if (previous < 0 || current < 0) {
			throw new IllegalArgumentException("counts are never negative");
		}
	}

	public static Change of(long previous, long current) {
		long delta = current - previous;
		BigDecimal percent = previous == 0 ? null
				: BigDecimal.valueOf(delta).multiply(HUNDRED).divide(BigDecimal.valueOf(previous), 1, RoundingMode.HALF_UP);
		return new Change(previous, current, delta, percent);
	}

	public Direction direction() {
		return this.delta < 0 ? Direction.DECREASE : this.delta > 0 ? Direction.INCREASE : Direction.UNCHANGED;
	}

	public boolean decreased() {
		return this.delta < 0;
	}

	/** True when a percentage can be given (the baseline is not zero). */
	public boolean hasPercent() {
		return this.percent != null;
	}

	/** The reduction in % (positive when the count went down), or null with a zero baseline. */
	public BigDecimal reductionPercent() {
		return this.percent == null ? null : this.percent.negate();
	}

	/** {@code -17,6%}, {@code +5,0%}, {@code 0,0%}; empty with a zero baseline. */
	public String percentText() {
		if (this.percent == null) {
			return "";
		}
		String sign = this.percent.signum() > 0 ? "+" : this.percent.signum() < 0 ? "-" : "";
		return sign + VnNumbers.oneDecimal(this.percent.abs()) + "%";
	}

	/** {@code giảm 6 vụ (-17,6%)}, {@code tăng 3 người} (zero baseline), {@code không thay đổi}. */
	public String describe(Unit unit) {
		if (this.delta == 0) {
			return "không thay đổi";
		}
		String text = (this.delta < 0 ? "giảm " : "tăng ") + VnNumbers.integer(Math.abs(this.delta)) + " " + unit.word();
		return this.percent == null ? text : text + " (" + percentText() + ")";
	}

}
