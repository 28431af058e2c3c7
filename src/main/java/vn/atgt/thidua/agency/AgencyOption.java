package vn.atgt.thidua.agency;

import java.time.LocalDate;

/** An agency as a choice in a list (participants, filters). */
public record AgencyOption(Long id, String name, String shortName, AgencyKind kind, LocalDate validFrom,
		LocalDate validTo, boolean active) {

	/** In existence on the date: valid from on or before it, valid to on or after it. */
	public boolean existsOn(LocalDate date) {
		return (this.validFrom == null || !this.validFrom.isAfter(date))
				&& (this.validTo == null || !this.validTo.isBefore(date));
	}

	/** Ceased before the date (its valid-to date has passed). */
	public boolean ceasedBefore(LocalDate date) {
		return this.validTo != null && this.validTo.isBefore(date);
	}

	public boolean existsIn(int year) {
		return (this.validFrom == null || this.validFrom.getYear() <= year)
				&& (this.validTo == null || this.validTo.getYear() >= year);
	}

}
