package vn.atgt.thidua.report.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.atgt.thidua.document.DocumentFormat;
import vn.atgt.thidua.document.Documents;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.plan.TaskGroupSpec;
import vn.atgt.thidua.report.YearEndReportRows.PlanReportRow;
import vn.atgt.thidua.report.YearEndReportService.Consolidated;
import vn.atgt.thidua.report.YearEndReportService;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.spreadsheet.Spreadsheet;

/** The office's consolidated view of a plan's year-end reports, per task group, and its .xlsx export. */
@Controller
@RequestMapping("/plans/{planId}/reports")
@PreAuthorize("hasRole('OFFICE')")
class ConsolidatedReportController {

	private final YearEndReportService reports;

	private final MessageSource messages;

	private final PlanService planViews;

	private final ConsolidatedReportDocument document;

	private final Documents documents;

	ConsolidatedReportController(YearEndReportService reports, MessageSource messages, PlanService planViews,
			ConsolidatedReportDocument document, Documents documents) {
		this.reports = reports;
		this.messages = messages;
		this.planViews = planViews;
		this.document = document;
		this.documents = documents;
	}

	@GetMapping("/consolidated")
	String show(@PathVariable Long planId, @RequestParam(required = false) Long group, CurrentUser user, Model model) {
		Consolidated view = this.reports.consolidated(planId, user);
		Long chosen = group != null ? group
				: view.plan().taskGroups().isEmpty() ? null : view.plan().taskGroups().get(0).id();
		model.addAttribute("view", view);
		model.addAttribute("group", chosen);
		model.addAttribute("groupResults", view.resultsByGroupThenAgency().getOrDefault(chosen, Map.of()));
		return "report/consolidated";
	}

	@GetMapping("/consolidated.xlsx")
	void export(@PathVariable Long planId, CurrentUser user, HttpServletResponse response) throws IOException {
		Consolidated view = this.reports.consolidated(planId, user);
		List<String> headers = new ArrayList<>(List.of(t("yearReport.field.agency"), t("yearReport.field.status"),
				t("yearReport.field.daysLate"), t("yearReport.field.modelsFound")));
		List<TaskGroupSpec> groups = view.plan().taskGroups();
		for (int i = 0; i < groups.size(); i++) {
			TaskGroupSpec g = groups.get(i);
			headers.add((i + 1) + ". " + (g.title() == null ? g.content() : g.title()));
		}
		List<List<Object>> rows = new ArrayList<>();
		for (PlanReportRow r : view.reports()) {
			List<Object> row = new ArrayList<>(List.of(r.agencyName(), t("yearReport.status." + r.status()),
					r.daysLate() == null ? 0 : r.daysLate(), r.modelsFound() == null ? "" : r.modelsFound()));
			for (TaskGroupSpec g : groups) {
				row.add(view.resultsByGroupThenAgency().getOrDefault(g.id(), Map.of()).getOrDefault(r.agencyId(), ""));
			}
			rows.add(row);
		}
		view.notSent().forEach(a -> rows.add(new ArrayList<>(List.of(a.name(), t("yearReport.status.MISSING"), "", ""))));
		Spreadsheet.send(response, "bao-cao-tong-hop-" + view.plan().year(),
				sheet -> sheet.table(t("yearReport.consolidated.sheet"), headers, rows));
	}

	@GetMapping("/consolidated.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long planId, CurrentUser user) {
		return download(planId, DocumentFormat.PDF, user);
	}

	@GetMapping("/consolidated.docx")
	ResponseEntity<byte[]> docx(@PathVariable Long planId, CurrentUser user) {
		return download(planId, DocumentFormat.DOCX, user);
	}

	private ResponseEntity<byte[]> download(Long planId, DocumentFormat format, CurrentUser user) {
		Consolidated view = this.reports.consolidated(planId, user);
		return this.documents.download(this.document.document(view, this.planViews.view(planId, user)), format,
				ConsolidatedReportDocument.fileName(view.plan()));
	}

	private String t(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
