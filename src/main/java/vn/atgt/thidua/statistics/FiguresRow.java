package vn.atgt.thidua.statistics;

import java.time.LocalDate;

import vn.atgt.thidua.shared.time.VnDates;

/** One set of figures as lists, tables and charts show it, with its change against the previous year. */
public record FiguresRow(Long id, long version, Long agencyId, PeriodType periodType, int periodYear, int periodNo,
		LocalDate periodStart, LocalDate periodEnd, int accidents, int deaths, int injuries, int prevAccidents,
		int prevDeaths, int prevInjuries, Integer especiallySerious, Integer verySerious, Integer serious,
		Integer drinkDriving, Integer commercialTransport, PreviousSource prevSource, String prevReason,
		String enteredBy, String note) {

	public Counts current() {
		return new Counts(this.accidents, this.deaths, this.injuries);
	}

	public Counts previous() {
		return new Counts(this.prevAccidents, this.prevDeaths, this.prevInjuries);
	}

	public HeadlineChange change() {
		return HeadlineChange.of(new Counts(this.prevAccidents, this.prevDeaths, this.prevInjuries),
				new Counts(this.accidents, this.deaths, this.injuries));
	}

	/** {@code 15/12/2023 – 14/12/2024}. */
	public String window() {
		return VnDates.shortDate(this.periodStart) + " – " + VnDates.shortDate(this.periodEnd);
	}

	/** True when the window is not the Decree 09 default of its period (e.g. police calendar-year data). */
	public boolean nonStandardWindow() {
		return !this.periodType.defaultWindow(this.periodYear, Math.max(this.periodNo, 1))
			.equals(new PeriodType.Window(this.periodStart, this.periodEnd));
	}

	public boolean deathsWithoutAccident() {
		return (this.deaths > 0 && this.accidents == 0) || (this.prevDeaths > 0 && this.prevAccidents == 0);
	}

	public String accidentsText() {
		return VnNumbers.integer(this.accidents);
	}

	public String deathsText() {
		return VnNumbers.integer(this.deaths);
	}

	public String injuriesText() {
		return VnNumbers.integer(this.injuries);
	}

}
