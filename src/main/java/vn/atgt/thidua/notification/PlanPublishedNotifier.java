package vn.atgt.thidua.notification;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.plan.PlanPublished;

/** Tells each participant that the plan is published, in the publishing transaction (with its outbox mail). */
@Component
class PlanPublishedNotifier {

	private final Notifications notifications;

	PlanPublishedNotifier(Notifications notifications) {
		this.notifications = notifications;
	}

	@EventListener
	void on(PlanPublished event) {
		for (Long agencyId : event.participantIds()) {
			this.notifications.notifyAgency(agencyId, "notification.plan.published",
					List.of(event.numberSymbol(), event.title()), "/plans/" + event.planId());
		}
	}

}
