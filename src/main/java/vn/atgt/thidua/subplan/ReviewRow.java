package vn.atgt.thidua.subplan;

import java.time.Instant;

/** A submitted sub-plan waiting in the office's review queue. */
public record ReviewRow(Long id, Long planId, int planYear, String planTitle, String agencyName, Instant submittedAt,
		Integer daysLate) {
}
