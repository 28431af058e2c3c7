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
import vn.atgt.thidua.nomination.CriterionInUseException;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** The office keeps the scoring criteria of an award form: added, changed and removed on one page. */
@Controller
@RequestMapping("/nominations/award-forms/{id}/criteria")
@PreAuthorize("hasRole('OFFICE')")
class CriteriaController {

	static final String VIEW = "nomination/award-criteria";

	private final AwardFormService forms;

	CriteriaController(AwardFormService forms) {
		this.forms = forms;
	}

	@GetMapping
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("criteriaForm", CriteriaForm.from(this.forms.withCriteria(id)));
		return page(id, model);
	}

	@PostMapping
	String save(@PathVariable Long id, @Valid CriteriaForm criteriaForm, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		criteriaForm.check(result);
		if (result.hasErrors()) {
			return page(id, model);
		}
		try {
			this.forms.saveCriteria(id, criteriaForm.getVersion(), criteriaForm.toSpecs(), user);
		}
		catch (CriterionInUseException ex) {
			int row = criteriaForm.rowOf(ex.criterionId());
			if (row < 0) {
				result.reject(ex.messageKey());
			}
			else {
				result.rejectValue("rows[" + row + "].remove", ex.messageKey());
			}
			return page(id, model);
		}
		Flash.success(redirect, "nomination.flash.criteriaSaved");
		return "redirect:/nominations/award-forms/" + id + "/criteria";
	}

	private String page(Long id, Model model) {
		model.addAttribute("awardForm", this.forms.get(id));
		return VIEW;
	}

}
