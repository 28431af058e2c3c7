package vn.atgt.thidua.nomination.web;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.nomination.AwardFormService;
import vn.atgt.thidua.nomination.ReportForm;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.text.Texts;
import vn.atgt.thidua.shared.web.Flash;

/** The office re-points the form each subject's achievement report follows (rule 5) when a decree renumbers them. */
@Controller
@RequestMapping("/nominations/report-forms")
@PreAuthorize("hasRole('OFFICE')")
class ReportFormController {

	static final String PAGE = "nomination/report-forms";

	private static final int MAX_CODE = 120;

	private final AwardFormService forms;

	ReportFormController(AwardFormService forms) {
		this.forms = forms;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("reportForms", this.forms.reportForms());
		model.addAttribute("typed", Map.of());
		return PAGE;
	}

	@PostMapping("/{id}")
	String save(@PathVariable Long id, @RequestParam long version, jakarta.servlet.http.HttpServletRequest request,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		// read as sent (the binder refuses a NUL character with a 400 page): refused here next to the field
		String formCode = request.getParameter("formCode");
		String code = Texts.clean(formCode);
		ReportForm found = this.forms.reportForms().stream().filter(f -> f.getId().equals(id)).findFirst()
			.orElseThrow(() -> new vn.atgt.thidua.shared.domain.NotFoundException("ReportForm", id));
		if (code == null || code.length() > MAX_CODE || formCode.indexOf('\0') >= 0) {
			// the page again, what was typed kept next to the field of this row
			model.addAttribute("reportForms", this.forms.reportForms());
			model.addAttribute("typed", Map.of(id, formCode == null ? "" : formCode.replace("\0", "")));
			model.addAttribute("refusedId", id);
			return PAGE;
		}
		this.forms.recodeReportForm(found.getId(), version, code, user);
		Flash.success(redirect, "nomination.reportForms.saved", code);
		return "redirect:/nominations/report-forms";
	}

}
