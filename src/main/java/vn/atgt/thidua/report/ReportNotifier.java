package vn.atgt.thidua.report;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.notification.Notifications;
import vn.atgt.thidua.report.YearEndReportEvents.ReportAccepted;
import vn.atgt.thidua.report.YearEndReportEvents.ReportReturned;
import vn.atgt.thidua.report.YearEndReportEvents.ReportSubmitted;

/**
 * Tells the office that a year-end report arrived, and the agency that the office accepted or returned it, after
 * the transition committed. On this side of the dependency because this module implements the notification
 * module's reminder SPI (the reverse would be a cycle).
 */
@Component
class ReportNotifier {

	private final Notifications notifications;

	private final AgencyDirectory agencies;

	ReportNotifier(Notifications notifications, AgencyDirectory agencies) {
		this.notifications = notifications;
		this.agencies = agencies;
	}

	@ApplicationModuleListener
	void on(ReportSubmitted event) {
		this.notifications.notifyOffice("yearReport.notify.submitted",
				List.of(this.agencies.nameOf(event.agencyId()), event.planNumber()), "/reports/" + event.reportId());
	}

	@ApplicationModuleListener
	void on(ReportReturned event) {
		toAgency(event.agencyId(), "yearReport.notify.returned", event.planNumber(), event.planId());
	}

	@ApplicationModuleListener
	void on(ReportAccepted event) {
		toAgency(event.agencyId(), "yearReport.notify.accepted", event.planNumber(), event.planId());
	}

	private void toAgency(Long agencyId, String messageKey, String planNumber, Long planId) {
		this.notifications.notifyAgency(agencyId, messageKey, List.of(planNumber), "/plans/" + planId + "/report");
	}

}
