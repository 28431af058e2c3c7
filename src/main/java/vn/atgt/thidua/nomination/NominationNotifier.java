package vn.atgt.thidua.nomination;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.nomination.NominationEvents.DossierDecided;
import vn.atgt.thidua.nomination.NominationEvents.DossierReturned;
import vn.atgt.thidua.nomination.NominationEvents.DossierSubmitted;
import vn.atgt.thidua.nomination.NominationEvents.ReviewerAssigned;
import vn.atgt.thidua.notification.Notifications;
import vn.atgt.thidua.plan.PlanDirectory;

/**
 * Tells the office that a dossier arrived or a reviewer recused, the agency that its dossier was returned or decided, and a reviewer that
 * a dossier was assigned to them, after the transition committed (retried by the event publication registry when it
 * fails). On this side of the dependency because this module implements the notification module's reminder SPI.
 */
@Component
class NominationNotifier {

	private static final int REASONS_SHOWN = 300;

	private final Notifications notifications;

	private final PlanDirectory plans;

	private final AgencyDirectory agencies;

	NominationNotifier(Notifications notifications, PlanDirectory plans, AgencyDirectory agencies) {
		this.notifications = notifications;
		this.plans = plans;
		this.agencies = agencies;
	}

	@ApplicationModuleListener
	void on(DossierSubmitted event) {
		this.notifications.notifyOffice("nomination.notify.submitted",
				List.of(this.agencies.nameOf(event.agencyId()), planNumber(event.planId())), link(event.dossierId()));
	}

	@ApplicationModuleListener
	void on(DossierReturned event) {
		String reasons = event.missingItems();
		this.notifications.notifyAgency(event.agencyId(), "nomination.notify.returned",
				List.of(planNumber(event.planId()), reasons == null || reasons.length() <= REASONS_SHOWN ? reasons
						: reasons.substring(0, REASONS_SHOWN - 1) + "…"),
				link(event.dossierId()));
	}

	@ApplicationModuleListener
	void on(ReviewerAssigned event) {
		this.notifications.notifyUser(event.reviewerId(), "nomination.notify.assigned",
				List.of(this.agencies.nameOf(event.agencyId()), planNumber(event.planId())), link(event.dossierId()));
	}

	@ApplicationModuleListener
	void on(NominationEvents.ReviewerRecused event) {
		String reason = event.reason();
		this.notifications.notifyOffice("nomination.notify.recused",
				List.of(event.reviewerName(), this.agencies.nameOf(event.agencyId()), planNumber(event.planId()),
						reason.length() <= REASONS_SHOWN ? reason : reason.substring(0, REASONS_SHOWN - 1) + "…"),
				link(event.dossierId()));
	}

	@ApplicationModuleListener
	void on(DossierDecided event) {
		this.notifications.notifyAgency(event.agencyId(), "nomination.notify.decided",
				List.of(event.decisionNumber(), planNumber(event.planId())), link(event.dossierId()));
	}

	@ApplicationModuleListener
	void on(NominationEvents.NoticeIssued event) {
		this.notifications.notifyAgency(event.agencyId(), "nomination.notify.notice",
				List.of(String.valueOf(event.number()), event.nomineeName()), link(event.dossierId()));
	}

	@ApplicationModuleListener
	void on(NominationEvents.CommentReceived event) {
		this.notifications.notifyOffice("nomination.notify.comment", List.of(planNumber(event.planId())),
				"/nominations/disclosures/" + event.disclosureId());
	}

	private String planNumber(Long planId) {
		return this.plans.facts(planId).numberSymbol();
	}

	private static String link(Long dossierId) {
		return "/nominations/" + dossierId;
	}

}
