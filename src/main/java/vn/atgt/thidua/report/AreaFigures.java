package vn.atgt.thidua.report;

import java.time.LocalDate;

import vn.atgt.thidua.statistics.Change;
import vn.atgt.thidua.statistics.Counts;
import vn.atgt.thidua.statistics.Unit;

/** Accident figures of an agency's area for an explicit period, with the same period of the previous year. */
public record AreaFigures(LocalDate periodStart, LocalDate periodEnd, Counts current, Counts previous,
		Integer especiallySerious, Integer verySerious, Integer serious) {

	public AreaFigures {
		if (periodStart == null || periodEnd == null || periodEnd.isBefore(periodStart)) {
			throw new IllegalArgumentException("period ends before it starts");
		}
	}

	/** The default window of a year's report (Decree 09): 15/12 of the previous year to 14/12. */
	public static LocalDate[] defaultWindow(int year) {
		return new LocalDate[] { LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 12, 14) };
	}

	public Change accidentsChange() {
		return Change.of(this.previous.accidents(), this.current.accidents());
	}

	public Change deathsChange() {
		return Change.of(this.previous.deaths(), this.current.deaths());
	}

	public Change injuriesChange() {
		return Change.of(this.previous.injuries(), this.current.injuries());
	}

	/** "giảm 6 vụ (-17,6%)" etc. for the three counts. */
	public String accidentsText() {
		return accidentsChange().describe(Unit.ACCIDENTS);
	}

	public String deathsText() {
		return deathsChange().describe(Unit.PEOPLE);
	}

	public String injuriesText() {
		return injuriesChange().describe(Unit.PEOPLE);
	}

	/** Deaths without a single accident: allowed (late deaths of earlier accidents) but warned about. */
	public boolean deathsWithoutAccident() {
		return this.current.accidents() == 0 && this.current.deaths() > 0;
	}

	public boolean hasSeverity() {
		return this.especiallySerious != null || this.verySerious != null || this.serious != null;
	}

}
