package vn.atgt.thidua.statistics;

import java.time.LocalDate;

/**
 * What is entered for one set of figures (the service's input for record and correct). {@code prevReason} explains,
 * and so confirms, previous-period figures that differ from the stored ones.
 */
public record FiguresData(PeriodType periodType, int periodYear, int periodNo, LocalDate periodStart,
		LocalDate periodEnd, Counts current, Counts previous, Integer especiallySerious, Integer verySerious,
		Integer serious, Integer drinkDriving, Integer commercialTransport, String note, String prevReason) {

	public FiguresData(PeriodType periodType, int periodYear, int periodNo, LocalDate periodStart, LocalDate periodEnd,
			Counts current, Counts previous, Integer especiallySerious, Integer verySerious, Integer serious,
			String note) {
		this(periodType, periodYear, periodNo, periodStart, periodEnd, current, previous, especiallySerious,
				verySerious, serious, null, null, note, null);
	}

	/** Deaths with no accident: allowed (late deaths are counted), but the person entering it is warned. */
	public boolean deathsWithoutAccident() {
		return (this.current.deaths() > 0 && this.current.accidents() == 0)
				|| (this.previous.deaths() > 0 && this.previous.accidents() == 0);
	}

	/**
	 * Deaths or injuries implausibly many for the accidents (more than {@value FiguresChecks#PEOPLE_PER_ACCIDENT} per
	 * accident on average): a warning, not a refusal.
	 */
	public boolean implausiblePeople() {
		return FiguresChecks.implausible(this.current) || FiguresChecks.implausible(this.previous);
	}

}
