package vn.atgt.thidua.subplan;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.notification.WaitingItem;
import vn.atgt.thidua.notification.WaitingItemSource;

/**
 * Escalation: sub-plans submitted more than {@code app.subplan.review-days} (10) calendar days ago that the office
 * has neither accepted nor returned. One query.
 */
@Component
@Transactional(readOnly = true)
class SubPlansAwaitingReview implements WaitingItemSource {

	private final SubPlanRepository subPlans;

	private final Clock clock;

	private final int reviewDays;

	SubPlansAwaitingReview(SubPlanRepository subPlans, Clock clock, @Value("${app.subplan.review-days:10}") int reviewDays) {
		this.subPlans = subPlans;
		this.clock = clock;
		this.reviewDays = reviewDays;
	}

	@Override
	public List<WaitingItem> waitingTooLong() {
		return this.subPlans.findSubmittedBefore(this.clock.instant().minus(Duration.ofDays(this.reviewDays)))
			.stream()
			.map(w -> new WaitingItem("notification.kind.subplan", w.planNumberSymbol(), w.agencyName(),
					"subplan.status.SUBMITTED", w.submittedAt(), this.reviewDays,
					"/plans/" + w.planId() + "/subplans/" + w.id()))
			.toList();
	}

}
