package vn.atgt.thidua.report.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.report.ReportAttachment.OwnerType;
import vn.atgt.thidua.report.ReportAttachments;
import vn.atgt.thidua.report.ReportContent;
import vn.atgt.thidua.report.ReportParticulars;
import vn.atgt.thidua.report.YearEndReport;
import vn.atgt.thidua.report.YearEndReportService;
import vn.atgt.thidua.report.YearEndReportService.AgencyReport;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** The agency's year-end report on a plan: the form (draft or returned), saving and submitting. */
@Controller
@RequestMapping("/plans/{planId}/report")
@PreAuthorize("hasRole('AGENCY')")
class AgencyReportController {

	static final String FORM = "report/year-end-form";

	private final YearEndReportService reports;

	private final YearEndReportFormValidator validator;

	private final ReportAttachments attachments;

	AgencyReportController(YearEndReportService reports, YearEndReportFormValidator validator,
			ReportAttachments attachments) {
		this.attachments = attachments;
		this.reports = reports;
		this.validator = validator;
	}

	@InitBinder("yearEndReportForm")
	void addValidator(WebDataBinder binder) {
		binder.addValidators(this.validator);
	}

	@GetMapping
	String show(@PathVariable Long planId, CurrentUser user, Model model) {
		AgencyReport view = this.reports.forAgency(planId, user);
		YearEndReport report = view.report();
		if (report != null && !report.getStatus().isEditable()) {
			return "redirect:/reports/" + report.getId();
		}
		model.addAttribute("view", view);
		addAttachments(model, report);
		model.addAttribute("yearEndReportForm",
				report == null ? YearEndReportForm.blank(view.plan().year(), view.prefill(), view.defaults())
						: YearEndReportForm.from(report, view.plan().year(), view.defaults()));
		return FORM;
	}

	@PostMapping
	String save(@PathVariable Long planId, @Valid YearEndReportForm yearEndReportForm, BindingResult result,
			@RequestParam(name = "_submit", required = false) String submit, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		AgencyReport view = this.reports.forAgency(planId, user);
		if (submit != null) {
			// a document is issued only with its number, date and signer: refused next to the field, all kept
			yearEndReportForm.toParticulars().missingForIssue().stream().filter(f -> !result.hasFieldErrors(f))
				.forEach(field -> result.rejectValue(field, "yearReport.validation.requiredToSubmit"));
		}
		if (result.hasErrors()) {
			model.addAttribute("view", view);
			addAttachments(model, view.report());
			return FORM;
		}
		ReportContent content = yearEndReportForm.toContent(view.hasArea());
		ReportParticulars particulars = yearEndReportForm.toParticulars();
		boolean warn = content.figures() != null && content.figures().deathsWithoutAccident();
		if (submit != null) {
			YearEndReport report = this.reports.submit(planId, yearEndReportForm.getVersion(), content, particulars, user);
			flash(redirect, warn, report.getDaysLate() > 0 ? "yearReport.flash.submittedLate" : "yearReport.flash.submitted",
					report.getDaysLate());
			return "redirect:/reports/" + report.getId();
		}
		this.reports.save(planId, yearEndReportForm.getVersion(), content, particulars, user);
		flash(redirect, warn, "yearReport.flash.saved", 0);
		return "redirect:/plans/" + planId + "/report";
	}

	@org.springframework.web.bind.annotation.ModelAttribute("signAuthorities")
	vn.atgt.thidua.plan.SignAuthority[] signAuthorities() {
		return vn.atgt.thidua.plan.SignAuthority.values();
	}

	private void addAttachments(Model model, YearEndReport report) {
		model.addAttribute("attachments", report == null ? List.of() : this.attachments.of(OwnerType.REPORT, report.getId()));
	}

	private static void flash(RedirectAttributes redirect, boolean warn, String key, long daysLate) {
		if (warn) {
			Flash.warning(redirect, "yearReport.flash.deathsWithoutAccident");
		}
		else {
			Flash.success(redirect, key, daysLate);
		}
	}

}
