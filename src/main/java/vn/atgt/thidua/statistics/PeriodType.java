package vn.atgt.thidua.statistics;

import java.time.LocalDate;

/**
 * Reporting periods with their Decree 09/2019 data windows (domain brief §3): a month runs from the 15th of the
 * previous month to the 14th; quarters, six and nine months and the year start on 15/12 of the previous year.
 */
public enum PeriodType {

	MONTH(12), QUARTER(4), HALF_YEAR(0), NINE_MONTHS(0), YEAR(0);

	private final int maxNumber;

	PeriodType(int maxNumber) {
		this.maxNumber = maxNumber;
	}

	/** True for months and quarters, which need a number (1–12, 1–4). */
	public boolean isNumbered() {
		return this.maxNumber > 0;
	}

	public int maxNumber() {
		return this.maxNumber;
	}

	/** The default window of the period {@code number} (ignored for unnumbered types) of {@code year}. */
	public Window defaultWindow(int year, int number) {
		return switch (this) {
			case MONTH -> new Window(LocalDate.of(year, number, 15).minusMonths(1), LocalDate.of(year, number, 14));
			case QUARTER -> new Window(LocalDate.of(year, number * 3 - 2, 15).minusMonths(1),
					LocalDate.of(year, number * 3, 14));
			case HALF_YEAR -> new Window(LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 6, 14));
			case NINE_MONTHS -> new Window(LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 9, 14));
			case YEAR -> new Window(LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 12, 14));
		};
	}

	/** A period's first and last day (both included). */
	public record Window(LocalDate start, LocalDate end) {
	}

}
