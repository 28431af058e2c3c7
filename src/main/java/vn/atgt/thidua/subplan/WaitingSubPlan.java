package vn.atgt.thidua.subplan;

import java.time.Instant;

/** A submitted sub-plan still waiting for the office's review. */
public record WaitingSubPlan(Long id, Long planId, int planYear, String agencyName, Instant submittedAt) {
}
