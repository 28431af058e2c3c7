package vn.atgt.thidua.subplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One participating agency on the follow-up board: its state, the days late of its first submission, the days
 * left (negative: overdue) while nothing is submitted, and the task groups its submitted sub-plan covers.
 */
public record BoardRow(Long agencyId, String agencyName, Long subPlanId, BoardState state, Integer daysLate,
		Long daysLeft, Instant submittedAt, Set<Long> coveredTaskGroupIds, LocalDate ceasedOn) {

	/** The agency ceased to exist (its valid-to date has passed): no more reminders, marked on the board. */
	public boolean isCeased() {
		return this.ceasedOn != null;
	}

	/**
	 * Days late: of the first submission when it came after the deadline, or, while nothing is submitted, the days
	 * past the deadline; null when not late.
	 */
	public Long daysOverdue() {
		if (this.daysLate != null) {
			return this.daysLate > 0 ? Long.valueOf(this.daysLate) : null;
		}
		return this.daysLeft != null && this.daysLeft < 0 ? Long.valueOf(-this.daysLeft) : null;
	}

	/** Days left before the deadline while nothing is submitted; null once submitted or past the deadline. */
	public Long daysRemaining() {
		return this.daysLeft != null && this.daysLeft >= 0 ? this.daysLeft : null;
	}

	public boolean covers(Long taskGroupId) {
		return this.coveredTaskGroupIds.contains(taskGroupId);
	}

	/** Not yet in the office's hands (nothing submitted, or returned for correction). */
	public boolean isAwaited() {
		return this.state == BoardState.NOT_STARTED || this.state == BoardState.DRAFT
				|| this.state == BoardState.RETURNED;
	}

}
