package vn.atgt.thidua.agency;

import java.time.LocalDate;

/** What the office writes about an agency in the registry. */
public record AgencyDetails(String name, String shortName, AgencyKind kind, Long parentId, LocalDate validFrom,
		LocalDate validTo, Long predecessorId, Long successorId, String contactEmail, boolean active) {
}
