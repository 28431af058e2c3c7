package vn.atgt.thidua.agency;

import java.time.LocalDate;

/** An agency as a row of the registry list. */
public record AgencyRow(Long id, long version, String name, String shortName, AgencyKind kind, LocalDate validFrom,
		LocalDate validTo, String contactEmail, boolean active, Long parentId, Long predecessorId, Long successorId) {
}
