package vn.atgt.thidua.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.document.AdminDocument;
import vn.atgt.thidua.document.Block;
import vn.atgt.thidua.document.Documents;
import vn.atgt.thidua.document.OfficialDocuments;
import vn.atgt.thidua.document.OfficialDocuments.Letterhead;
import vn.atgt.thidua.document.OfficialDocuments.ReportSection;
import vn.atgt.thidua.document.PlanDocuments;
import vn.atgt.thidua.plan.PlanContent;
import vn.atgt.thidua.plan.PlanDirectory.PlanFacts;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.plan.TaskGroupSpec;
import vn.atgt.thidua.report.ReportStatus;
import vn.atgt.thidua.report.YearEndReportRows.PlanReportRow;
import vn.atgt.thidua.report.YearEndReportService.Consolidated;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.statistics.FiguresRow;
import vn.atgt.thidua.statistics.PeriodType;
import vn.atgt.thidua.statistics.StatisticsService;

/** The office's consolidated year-end report as the committee's Decree 30 "BÁO CÁO" (PDF/DOCX). */
@Component
class ConsolidatedReportDocument {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final OfficialDocuments builders;

	private final StatisticsService statistics;

	private final MessageSource messages;

	private final Clock clock;

	ConsolidatedReportDocument(OfficialDocuments builders, StatisticsService statistics, MessageSource messages,
			Clock clock) {
		this.builders = builders;
		this.statistics = statistics;
		this.messages = messages;
		this.clock = clock;
	}

	AdminDocument document(Consolidated view, PlanView planView) {
		PlanFacts plan = view.plan();
		PlanContent c = planView.content();
		List<ReportSection> sections = new ArrayList<>();
		List<PlanReportRow> accepted = view.in(ReportStatus.ACCEPTED);
		long acceptedLate = accepted.stream().filter(PlanReportRow::late).count();
		sections.add(ReportSection.of(t("yearReport.consDoc.direction"),
				List.of(t("yearReport.consDoc.directionText", plan.numberSymbol(),
						String.valueOf(plan.participantIds().size()), String.valueOf(accepted.size()),
						String.valueOf(acceptedLate), String.valueOf(view.in(ReportStatus.SUBMITTED).size()),
						String.valueOf(view.in(ReportStatus.RETURNED).size()), String.valueOf(view.notSent().size())))));
		// the results quote accepted reports only: a returned or unread report is not yet the agency's word
		List<ReportSection> groups = new ArrayList<>();
		for (TaskGroupSpec group : plan.taskGroups()) {
			Map<Long, String> byAgency = view.resultsByGroupThenAgency().getOrDefault(group.id(), Map.of());
			List<String> paragraphs = new ArrayList<>();
			for (PlanReportRow row : accepted) {
				String text = byAgency.get(row.agencyId());
				if (text != null && !text.isBlank()) {
					paragraphs.add(row.agencyName() + ": " + text);
				}
			}
			if (paragraphs.isEmpty()) {
				paragraphs.add(t("yearReport.doc.nothing"));
			}
			groups.add(ReportSection.of(group.title() == null ? group.content() : group.title(), paragraphs));
		}
		sections.add(new ReportSection(t("yearReport.consDoc.results"), List.of(), List.of(), null, groups));
		this.statistics.allProvinceFigures().stream()
			.filter(f -> f.periodType() == PeriodType.YEAR && f.periodYear() == plan.year())
			.findFirst()
			.ifPresent(f -> sections.add(ReportSection.of(t("yearReport.consDoc.accidents"), accidents(f))));
		Block.Table standing = standingTable(view);
		sections.add(new ReportSection(t("yearReport.consDoc.late"),
				standing == null ? List.of(t("yearReport.doc.nothing")) : List.of(), List.of(), standing, List.of()));
		String title = t("yearReport.consDoc.title", String.valueOf(plan.year()));
		List<String> recipients = new ArrayList<>(List.of(t("yearReport.consDoc.recipients").split("\\|")));
		recipients.add(t("yearReport.doc.archive"));
		return this.builders.report(new OfficialDocuments.Report(Letterhead.committee(), null, null, List.of(title),
				t("yearReport.consDoc.preamble", plan.numberSymbol(), plan.title()), sections,
				t("yearReport.consDoc.closing", String.valueOf(plan.year())), recipients,
				PlanDocuments.signature(c.signAuthority(), c.signerHeadTitle(), c.signerTitle(), c.signerName())));
	}

	static String fileName(PlanFacts plan) {
		return Documents.safeFileName("bao-cao-tong-ket-" + plan.year());
	}

	private List<String> accidents(FiguresRow f) {
		return List.of(t("yearReport.consDoc.accidentsText", f.window(), f.accidentsText(), f.deathsText(),
				f.injuriesText(), f.change().describe()));
	}

	/** Every participant whose report is not accepted, once, by state: awaiting review, returned, not sent. */
	private Block.Table standingTable(Consolidated view) {
		LocalDate due = view.plan().reportDueDate();
		String dueText = due == null ? "" : VnDates.shortDate(due);
		List<List<String>> rows = new ArrayList<>();
		int index = 1;
		for (ReportStatus status : List.of(ReportStatus.SUBMITTED, ReportStatus.RETURNED)) {
			for (PlanReportRow row : view.in(status)) {
				rows.add(List.of(String.valueOf(index++), row.agencyName(), t("yearReport.consDoc.state." + status),
						dueText, row.daysLate() == null ? "0" : String.valueOf(row.daysLate())));
			}
		}
		for (var agency : view.notSent()) {
			long overdue = due == null ? 0 : Math.max(0, -VnDates.daysLeft(due, this.clock));
			rows.add(List.of(String.valueOf(index++), agency.name(), t("yearReport.consDoc.notSent"), dueText,
					String.valueOf(overdue)));
		}
		if (rows.isEmpty()) {
			return null;
		}
		return new Block.Table(List.of(new Block.Column(t("yearReport.consDoc.colIndex"), 8, true),
				new Block.Column(t("yearReport.field.agency"), 40, false),
				new Block.Column(t("yearReport.field.status"), 20, false),
				new Block.Column(t("yearReport.consDoc.colDue"), 16, true),
				new Block.Column(t("yearReport.field.daysLate"), 16, true)), rows);
	}

	// documents are always written in Vietnamese
	private String t(String key, Object... args) {
		return this.messages.getMessage(key, args, VI);
	}

}
