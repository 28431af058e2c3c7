package vn.atgt.thidua.nomination.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.nomination.DossierService;
import vn.atgt.thidua.nomination.DossierService.ReportConfirmationPage;
import vn.atgt.thidua.nomination.NomineeRefusedException;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/**
 * Rule 5: the agency records who confirmed a nominee's achievement report (name, position, day); the dossier cannot
 * be submitted while a report is unconfirmed.
 */
@Controller
@RequestMapping("/nominations/{id}/nominees/{nomineeId}/confirmation")
@PreAuthorize("hasRole('AGENCY')")
class ReportConfirmationController {

	static final String PAGE = "nomination/report-confirmation";

	private final DossierService dossiers;

	ReportConfirmationController(DossierService dossiers) {
		this.dossiers = dossiers;
	}

	@GetMapping
	String form(@PathVariable Long id, @PathVariable Long nomineeId, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		ReportConfirmationPage page = this.dossiers.reportConfirmation(id, nomineeId, user);
		if (page.editableVersion().isEmpty()) {
			Flash.warning(redirect, "nomination.error.notEditable");
			return "redirect:/nominations/" + id;
		}
		model.addAttribute("reportConfirmationForm",
				ReportConfirmationForm.of(page.current(), page.editableVersion().getAsLong()));
		return render(id, nomineeId, page, model);
	}

	@PostMapping
	String confirm(@PathVariable Long id, @PathVariable Long nomineeId,
			@Valid ReportConfirmationForm reportConfirmationForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		// another agency's nominee answers 404 here, before anything is bound into the dossier
		ReportConfirmationPage page = this.dossiers.reportConfirmation(id, nomineeId, user);
		if (!result.hasErrors()) {
			try {
				this.dossiers.confirmReport(id, reportConfirmationForm.getVersion(), nomineeId,
						reportConfirmationForm.getConfirmedBy(), reportConfirmationForm.getPosition(),
						reportConfirmationForm.getConfirmedOn(), user);
				Flash.success(redirect, "nomination.flash.reportConfirmed", page.nomineeName());
				return "redirect:/nominations/" + id;
			}
			catch (NomineeRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return render(id, nomineeId, page, model);
	}

	private String render(Long id, Long nomineeId, ReportConfirmationPage page, Model model) {
		model.addAttribute("dossierId", id);
		model.addAttribute("nomineeId", nomineeId);
		model.addAttribute("page", page);
		return PAGE;
	}

}
