package vn.atgt.thidua.report.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.document.DocumentFormat;
import vn.atgt.thidua.document.Documents;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.report.ReportAttachment.OwnerType;
import vn.atgt.thidua.report.ReportAttachments;
import vn.atgt.thidua.report.ReportStatus;
import vn.atgt.thidua.report.YearEndReportService;
import vn.atgt.thidua.report.YearEndReportService.ReportView;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;
import vn.atgt.thidua.shared.domain.NotFoundException;

/** Received year-end reports: the office's list and review; the detail and document also for the owning agency. */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('OFFICE','AGENCY')")
class ReportReviewController {

	/** The column's length (return_reason varchar(4000)): checked here, before the database. */
	static final int MAX_REASON = 4000;

	private final YearEndReportService reports;

	private final ReportDocuments reportDocuments;

	private final Documents documents;

	private final PlanDirectory plans;

	private final AuditLog audit;

	private final ReportAttachments attachments;

	ReportReviewController(YearEndReportService reports, ReportDocuments reportDocuments, Documents documents,
			PlanDirectory plans, AuditLog audit, ReportAttachments attachments) {
		this.attachments = attachments;
		this.reports = reports;
		this.reportDocuments = reportDocuments;
		this.documents = documents;
		this.plans = plans;
		this.audit = audit;
	}

	@GetMapping
	@PreAuthorize("hasRole('OFFICE')")
	String list(@RequestParam(required = false) Long planId, @RequestParam(required = false) ReportStatus status,
			@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		model.addAttribute("reports", this.reports.list(planId, status, user, PageRequest.of(Math.max(page, 0), 20)));
		model.addAttribute("plans", this.plans.issuedPlans());
		model.addAttribute("planId", planId);
		model.addAttribute("status", status);
		model.addAttribute("statuses", ReportStatus.values());
		return "report/year-end-list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, CurrentUser user, Model model) {
		ReportView view = this.reports.view(id, user);
		model.addAttribute("view", view);
		model.addAttribute("attachments", this.attachments.of(OwnerType.REPORT, id));
		if (user.isOffice()) {
			model.addAttribute("events", this.audit.historyOf("YearEndReport", id));
		}
		return "report/year-end";
	}

	@GetMapping("/{id}/document.{format}")
	ResponseEntity<byte[]> document(@PathVariable Long id, @PathVariable String format, CurrentUser user) {
		DocumentFormat chosen = switch (format) {
			case "pdf" -> DocumentFormat.PDF;
			case "docx" -> DocumentFormat.DOCX;
			default -> throw new NotFoundException("YearEndReport", id);
		};
		ReportView view = this.reports.view(id, user);
		return this.documents.download(this.reportDocuments.report(view), chosen,
				Documents.safeFileName("bao-cao-tong-ket-" + view.plan().year() + "-" + view.agencyName()));
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("hasRole('OFFICE')")
	String returnForChanges(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String reason,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
			model.addAttribute("view", this.reports.view(id, user));
			model.addAttribute("attachments", this.attachments.of(OwnerType.REPORT, id));
			model.addAttribute("events", this.audit.historyOf("YearEndReport", id));
			model.addAttribute("reasonMissing", reason == null || reason.isBlank() ? "yearReport.validation.reasonRequired"
					: "common.text.tooLong");
			model.addAttribute("reasonMax", MAX_REASON);
			return "report/year-end";
		}
		this.reports.returnForChanges(id, version, reason, user);
		Flash.success(redirect, "yearReport.flash.returned");
		return "redirect:/reports/" + id;
	}

	@PostMapping("/{id}/accept")
	@PreAuthorize("hasRole('OFFICE')")
	String accept(@PathVariable Long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
		this.reports.accept(id, version, user);
		Flash.success(redirect, "yearReport.flash.accepted");
		return "redirect:/reports/" + id;
	}

}
