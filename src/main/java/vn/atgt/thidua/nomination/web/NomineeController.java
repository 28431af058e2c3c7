package vn.atgt.thidua.nomination.web;

import java.util.OptionalLong;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.nomination.DossierService;
import vn.atgt.thidua.nomination.NomineeRefusedException;
import vn.atgt.thidua.nomination.Sex;
import vn.atgt.thidua.nomination.SubjectType;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** One nominee of the agency's own draft or returned dossier: corrected in place, or removed with its files. */
@Controller
@RequestMapping("/nominations/{id}/nominees/{nomineeId}")
@PreAuthorize("hasRole('AGENCY')")
class NomineeController {

	static final String PAGE = "nomination/nominee-edit";

	private final DossierService dossiers;

	private final NomineeFormValidator validator;

	NomineeController(DossierService dossiers, NomineeFormValidator validator) {
		this.dossiers = dossiers;
		this.validator = validator;
	}

	@InitBinder("nomineeForm")
	void addValidator(WebDataBinder binder) {
		binder.addValidators(this.validator);
	}

	@ModelAttribute
	void choices(@PathVariable Long id, @PathVariable Long nomineeId, CurrentUser user, Model model) {
		model.addAttribute("dossierId", id);
		model.addAttribute("nomineeId", nomineeId);
		// another agency's nominee answers 404 here, before anything is bound or changed
		model.addAttribute("awardForms", this.dossiers.awardFormChoices(id, nomineeId, user));
		model.addAttribute("subjectTypes", SubjectType.values());
		model.addAttribute("sexes", Sex.values());
	}

	@GetMapping("/edit")
	String edit(@PathVariable Long id, @PathVariable Long nomineeId, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		OptionalLong version = this.dossiers.editableVersion(id, user);
		if (version.isEmpty()) {
			// an old link after the dossier was sent: back to it, saying why
			Flash.warning(redirect, "nomination.error.notEditable");
			return "redirect:/nominations/" + id;
		}
		model.addAttribute("nomineeForm", NomineeForm.from(this.dossiers.nominee(id, nomineeId, user),
				version.getAsLong()));
		return PAGE;
	}

	@PostMapping("/edit")
	String save(@PathVariable Long id, @PathVariable Long nomineeId, @Valid NomineeForm nomineeForm,
			BindingResult result, CurrentUser user, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.dossiers.editNominee(id, nomineeForm.getVersion(), nomineeId, nomineeForm.toSpec(), user);
				Flash.success(redirect, "nomination.flash.nomineeEdited", nomineeForm.getName());
				return "redirect:/nominations/" + id;
			}
			catch (NomineeRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return PAGE;
	}

	@PostMapping("/remove")
	String remove(@PathVariable Long id, @PathVariable Long nomineeId, @RequestParam long version, CurrentUser user,
			RedirectAttributes redirect) {
		this.dossiers.removeNominee(id, version, nomineeId, user);
		Flash.success(redirect, "nomination.flash.nomineeRemoved");
		return "redirect:/nominations/" + id;
	}

}
