package vn.atgt.thidua.subplan;

import java.time.Instant;

/** A submitted version as the sub-plan page lists it. */
public record VersionInfo(int number, Instant submittedAt, String submittedBy, int daysLate) {
}
