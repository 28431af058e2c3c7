package vn.atgt.thidua.report.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.document.AdminDocument;
import vn.atgt.thidua.document.Block;
import vn.atgt.thidua.document.OfficialDocuments;
import vn.atgt.thidua.document.OfficialDocuments.Letterhead;
import vn.atgt.thidua.document.OfficialDocuments.ReportSection;
import vn.atgt.thidua.document.PlanDocuments;
import vn.atgt.thidua.plan.TaskGroupSpec;
import vn.atgt.thidua.report.AreaFigures;
import vn.atgt.thidua.report.ReportParticulars;
import vn.atgt.thidua.report.YearEndReport;
import vn.atgt.thidua.report.YearEndReportService.ReportView;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.statistics.Change;
import vn.atgt.thidua.statistics.VnNumbers;

/** Turns an agency's year-end report into a Decree 30 "BÁO CÁO" (PDF/DOCX) with the office's document engine. */
@Component
class ReportDocuments {

	private final OfficialDocuments builders;

	private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

	private final MessageSource messages;

	ReportDocuments(OfficialDocuments builders, MessageSource messages) {
		this.builders = builders;
		this.messages = messages;
	}

	AdminDocument report(ReportView view) {
		YearEndReport r = view.report();
		List<ReportSection> results = new ArrayList<>();
		for (TaskGroupSpec group : view.plan().taskGroups()) {
			String text = r.getResults().get(group.id());
			results.add(ReportSection.of(group.title() == null ? group.content() : group.title(),
					List.of(text == null ? t("yearReport.doc.nothing") : text)));
		}
		List<ReportSection> sections = new ArrayList<>();
		sections.add(new ReportSection(t("yearReport.doc.results"), List.of(), List.of(), null, results));
		sections.add(ReportSection.of(t("yearReport.field.dissemination"), paragraphs(r.getDissemination())));
		sections.add(ReportSection.of(t("yearReport.field.modelsFound"), paragraphs(r.getModelsFound())));
		AreaFigures f = r.figures();
		if (f != null) {
			List<List<String>> rows = List.of(row(t("stats.field.accidents"), f.accidentsChange(), f.accidentsText()),
					row(t("stats.field.deaths"), f.deathsChange(), f.deathsText()),
					row(t("stats.field.injuries"), f.injuriesChange(), f.injuriesText()));
			Block.Table table = new Block.Table(List.of(new Block.Column(t("yearReport.doc.indicator"), 34, false),
					new Block.Column(t("yearReport.doc.previous"), 18, true),
					new Block.Column(t("yearReport.doc.current"), 18, true),
					new Block.Column(t("stats.field.change"), 30, false)), rows);
			List<String> lines = new ArrayList<>();
			lines.add(text("yearReport.doc.period", VnDates.shortDate(f.periodStart()),
					VnDates.shortDate(f.periodEnd())));
			if (f.hasSeverity()) {
				lines.add(text("yearReport.doc.severity", n(f.especiallySerious()), n(f.verySerious()),
						n(f.serious())));
			}
			sections.add(new ReportSection(t("yearReport.doc.figures"), lines, List.of(), table, List.of()));
		}
		sections.add(new ReportSection(t("yearReport.doc.assessment"), List.of(), List.of(), null,
				List.of(ReportSection.of(t("yearReport.field.strengths"), paragraphs(r.getStrengths())),
						ReportSection.of(t("yearReport.field.limits"), paragraphs(r.getLimits())),
						ReportSection.of(t("yearReport.field.causes"), paragraphs(r.getCauses())))));
		sections.add(ReportSection.of(t("yearReport.field.proposals"), paragraphs(r.getProposals())));
		ReportParticulars p = view.particulars();
		Letterhead head = new Letterhead(p.parentBody(), p.issuingBody(), p.bodySymbol(), p.place());
		return this.builders.report(new OfficialDocuments.Report(head, p.number(), p.issueDate(),
				List.of(text("yearReport.doc.title", String.valueOf(view.plan().year()))),
				text("yearReport.doc.preamble", view.plan().numberSymbol(), view.agencyName()), sections,
				t("yearReport.doc.closing"), p.recipientLines(),
				PlanDocuments.signature(p.signAuthority(), p.headTitle(), p.signerTitle(), p.signerName())));
	}

	private static List<String> row(String label, Change change, String text) {
		return List.of(label, VnNumbers.integer(change.previous()), VnNumbers.integer(change.current()), text);
	}

	private String t(String key) {
		return text(key);
	}

	// documents are always written in Vietnamese
	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, VI);
	}

	private List<String> paragraphs(String text) {
		return text == null || text.isBlank() ? List.of(t("yearReport.doc.nothing")) : List.of(text.split("\\R+"));
	}

	private static String n(Integer value) {
		return value == null ? "–" : String.valueOf(value);
	}

}
