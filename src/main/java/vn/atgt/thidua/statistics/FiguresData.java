package vn.atgt.thidua.statistics;

import java.time.LocalDate;

/** What is entered for one set of figures (the service's input for record and correct). */
public record FiguresData(PeriodType periodType, int periodYear, int periodNo, LocalDate periodStart,
		LocalDate periodEnd, Counts current, Counts previous, Integer especiallySerious, Integer verySerious,
		Integer serious, String note) {

	/** Deaths with no accident: allowed (late deaths are counted), but the person entering it is warned. */
	public boolean deathsWithoutAccident() {
		return (this.current.deaths() > 0 && this.current.accidents() == 0)
				|| (this.previous.deaths() > 0 && this.previous.accidents() == 0);
	}

}
