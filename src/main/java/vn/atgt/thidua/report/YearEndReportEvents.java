package vn.atgt.thidua.report;

import java.time.Instant;
import java.util.List;

import vn.atgt.thidua.shared.events.Actor;
import vn.atgt.thidua.shared.events.AuditEntry;
import vn.atgt.thidua.shared.events.AuditedEvent;
import vn.atgt.thidua.shared.events.FieldChange;

/**
 * The facts of a year-end report's life, registered by {@link YearEndReport} on each transition. One record type per
 * fact; {@code planNumber} is the plan's number and symbol as the audit trail and the notifications show it.
 */
public final class YearEndReportEvents {

	private YearEndReportEvents() {
	}

	/** What every year-end report event carries, and how it reads in the audit trail. */
	public sealed interface ReportEvent extends AuditedEvent {

		Long reportId();

		Long planId();

		Long agencyId();

		String planNumber();

		List<FieldChange> changes();

		Actor actor();

		Instant at();

		String action();

		default String summary() {
			return planNumber();
		}

		@Override
		default AuditEntry audit() {
			return new AuditEntry(at(), actor(), action(), YearEndReportService.RECORD, reportId(), summary(),
					changes());
		}

	}

	public record ReportCreated(Long reportId, Long planId, Long agencyId, String planNumber, List<FieldChange> changes,
			Actor actor, Instant at) implements ReportEvent {

		@Override
		public String action() {
			return "yearReport.create";
		}

	}

	public record ReportEdited(Long reportId, Long planId, Long agencyId, String planNumber, List<FieldChange> changes,
			Actor actor, Instant at) implements ReportEvent {

		@Override
		public String action() {
			return "yearReport.edit";
		}

	}

	public record ReportSubmitted(Long reportId, Long planId, Long agencyId, String planNumber, int daysLate,
			List<FieldChange> changes, Actor actor, Instant at) implements ReportEvent {

		@Override
		public String action() {
			return "yearReport.submit";
		}

		@Override
		public String summary() {
			return this.planNumber + (this.daysLate > 0 ? " +" + this.daysLate : "");
		}

	}

	public record ReportReturned(Long reportId, Long planId, Long agencyId, String planNumber,
			List<FieldChange> changes, Actor actor, Instant at) implements ReportEvent {

		@Override
		public String action() {
			return "yearReport.return";
		}

	}

	public record ReportAccepted(Long reportId, Long planId, Long agencyId, String planNumber,
			List<FieldChange> changes, Actor actor, Instant at) implements ReportEvent {

		@Override
		public String action() {
			return "yearReport.accept";
		}

	}

}
