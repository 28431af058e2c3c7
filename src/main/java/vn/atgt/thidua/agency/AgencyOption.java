package vn.atgt.thidua.agency;

import java.time.LocalDate;

/** An agency as a choice in a list (participants, filters). */
public record AgencyOption(Long id, String name, String shortName, AgencyKind kind, LocalDate validFrom,
		LocalDate validTo, boolean active) {

	public boolean existsIn(int year) {
		return (this.validFrom == null || this.validFrom.getYear() <= year)
				&& (this.validTo == null || this.validTo.getYear() >= year);
	}

}
