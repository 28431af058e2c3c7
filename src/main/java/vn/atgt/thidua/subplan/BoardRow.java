package vn.atgt.thidua.subplan;

import java.time.Instant;
import java.util.Set;

/**
 * One participating agency on the follow-up board: its state, the days late of its first submission, the days
 * left (negative: overdue) while nothing is submitted, and the task groups its submitted sub-plan covers.
 */
public record BoardRow(Long agencyId, String agencyName, Long subPlanId, BoardState state, Integer daysLate,
		Long daysLeft, Instant submittedAt, Set<Long> coveredTaskGroupIds) {

	public boolean covers(Long taskGroupId) {
		return this.coveredTaskGroupIds.contains(taskGroupId);
	}

	/** Not yet in the office's hands (nothing submitted, or returned for correction). */
	public boolean isAwaited() {
		return this.state == BoardState.NOT_STARTED || this.state == BoardState.DRAFT
				|| this.state == BoardState.RETURNED;
	}

}
