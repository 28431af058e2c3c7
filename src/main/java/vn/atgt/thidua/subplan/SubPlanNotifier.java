package vn.atgt.thidua.subplan;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.notification.Notifications;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.subplan.SubPlanEvents.SubPlanAccepted;
import vn.atgt.thidua.subplan.SubPlanEvents.SubPlanReturned;
import vn.atgt.thidua.subplan.SubPlanEvents.SubPlanSubmitted;

/**
 * Tells the office that a sub-plan was submitted, and the agency that the office accepted or returned it, after the review committed (retried by the
 * event publication registry when it fails). It lives here, not in the notification module, because this module
 * already depends on that one (reminders): the reverse dependency would be a cycle.
 */
@Component
class SubPlanNotifier {

	private final Notifications notifications;

	private final PlanDirectory plans;

	private final AgencyDirectory agencies;

	SubPlanNotifier(Notifications notifications, PlanDirectory plans, AgencyDirectory agencies) {
		this.notifications = notifications;
		this.plans = plans;
		this.agencies = agencies;
	}

	/** The office's bell rings when an agency hands in (or hands in again) its sub-plan (issue 12 item 5). */
	@ApplicationModuleListener
	void on(SubPlanSubmitted event) {
		this.notifications.notifyOffice("subplan.notify.submitted",
				List.of(this.agencies.nameOf(event.agencyId()), this.plans.facts(event.planId()).numberSymbol()),
				"/plans/" + event.planId() + "/subplans/" + event.subPlanId());
	}

	@ApplicationModuleListener
	void on(SubPlanAccepted event) {
		this.notifications.notifyAgency(event.agencyId(), "subplan.notify.accepted",
				List.of(this.plans.facts(event.planId()).numberSymbol()), link(event.planId()));
	}

	@ApplicationModuleListener
	void on(SubPlanReturned event) {
		this.notifications.notifyAgency(event.agencyId(), "subplan.notify.returned",
				List.of(this.plans.facts(event.planId()).numberSymbol(), SubPlanService.shorten(event.reasons())),
				link(event.planId()));
	}

	private static String link(Long planId) {
		return "/plans/" + planId + "/subplan";
	}

}
