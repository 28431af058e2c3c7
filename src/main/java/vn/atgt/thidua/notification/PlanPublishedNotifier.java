package vn.atgt.thidua.notification;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.plan.PlanPublished;

/**
 * Tells each participant that the plan is published, after the publication committed (retried by the event
 * publication registry when it fails), so nobody is told of a publication that rolled back.
 */
@Component
class PlanPublishedNotifier {

	private final Notifications notifications;

	PlanPublishedNotifier(Notifications notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(PlanPublished event) {
		for (Long agencyId : event.participantIds()) {
			this.notifications.notifyAgency(agencyId, "notification.plan.published",
					List.of(event.numberSymbol(), event.title()), "/plans/" + event.planId());
		}
	}

}
