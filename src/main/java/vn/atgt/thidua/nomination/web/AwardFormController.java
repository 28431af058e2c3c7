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

import vn.atgt.thidua.nomination.AwardFormService;
import vn.atgt.thidua.nomination.AwardKind;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** The office lists and edits the award forms. */
@Controller
@RequestMapping("/nominations/award-forms")
@PreAuthorize("hasRole('OFFICE')")
class AwardFormController {

	private final AwardFormService forms;

	AwardFormController(AwardFormService forms) {
		this.forms = forms;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("awardForms", this.forms.list());
		return "nomination/award-forms";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("awardFormForm", AwardFormForm.from(this.forms.get(id)));
		return form(id, model);
	}

	@PostMapping("/{id}/edit")
	String save(@PathVariable Long id, @Valid AwardFormForm awardFormForm, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(id, model);
		}
		this.forms.update(id, awardFormForm.getVersion(), awardFormForm.getName(), awardFormForm.getKind(),
				awardFormForm.isForCollective(), awardFormForm.isForIndividual(), awardFormForm.getDecidedBy(),
				awardFormForm.isThematic(), awardFormForm.isActive(), user);
		Flash.success(redirect, "nomination.flash.awardFormSaved");
		return "redirect:/nominations/award-forms";
	}

	private String form(Long id, Model model) {
		model.addAttribute("awardForm", this.forms.get(id));
		model.addAttribute("kinds", AwardKind.values());
		return "nomination/award-form";
	}

}
