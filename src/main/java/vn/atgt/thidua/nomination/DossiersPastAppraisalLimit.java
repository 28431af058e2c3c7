package vn.atgt.thidua.nomination;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.notification.WaitingItem;
import vn.atgt.thidua.notification.WaitingItemSource;
import vn.atgt.thidua.shared.time.VnDates;

/** Escalation: dossiers still under appraisal after their working-day limit (the due day computed on receipt). */
@Component
@Transactional(readOnly = true)
class DossiersPastAppraisalLimit implements WaitingItemSource {

	private final DossierRepository dossiers;

	private final WorkingCalendar calendar;

	DossiersPastAppraisalLimit(DossierRepository dossiers, WorkingCalendar calendar) {
		this.dossiers = dossiers;
		this.calendar = calendar;
	}

	@Override
	public List<WaitingItem> waitingTooLong() {
		return this.dossiers.findAppraisalOverdue(this.calendar.today()).stream()
			.map(d -> new WaitingItem("notification.kind.nomination",
					(d.planNumber() == null ? "" : d.planNumber()) + "/" + d.planDocType() + "-" + d.planBody(),
					d.agencyName(), "nomination.status.UNDER_APPRAISAL",
					d.receivedOn().atStartOfDay(VnDates.ZONE).toInstant(), this.calendar.appraisalDays(),
					"/nominations/" + d.id()))
			.toList();
	}

}
