package vn.atgt.thidua.report;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.notification.SubmissionTracker;
import vn.atgt.thidua.plan.PlanDirectory.PlanFacts;

/** Tells the reminders who has not handed in a year-end report by the plan's report due date. */
@Component
class ReportSubmissionTracker implements SubmissionTracker {

	private final YearEndReportService reports;

	ReportSubmissionTracker(YearEndReportService reports) {
		this.reports = reports;
	}

	@Override
	public String kind() {
		return "report";
	}

	@Override
	public LocalDate dueDate(PlanFacts plan) {
		return plan.reportDueDate();
	}

	@Override
	public Set<Long> agenciesNotSubmitted(Long planId) {
		return this.reports.agenciesNotSubmitted(planId);
	}

	@Override
	public String link(Long planId) {
		return "/plans/" + planId + "/report";
	}

}
