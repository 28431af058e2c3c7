package vn.atgt.thidua.nomination.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.nomination.NominationRulesService;
import vn.atgt.thidua.nomination.NomineeRefusedException;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** Rule 12: the office keeps a plan's optional council vote (threshold against all members) and quota. */
@Controller
@RequestMapping("/nominations/plans/{planId}/rules")
@PreAuthorize("hasRole('OFFICE')")
class NominationRulesController {

	private final NominationRulesService rules;

	private final PlanDirectory plans;

	NominationRulesController(NominationRulesService rules, PlanDirectory plans) {
		this.rules = rules;
		this.plans = plans;
	}

	@GetMapping
	String show(@PathVariable Long planId, Model model) {
		model.addAttribute("rulesForm", NominationRulesForm.from(this.rules.rules(planId)));
		return page(planId, model);
	}

	@PostMapping
	String save(@PathVariable Long planId, @ModelAttribute("rulesForm") NominationRulesForm rulesForm, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.rules.change(planId, rulesForm.getVersion(), rulesForm.isVoteRequired(),
						rulesForm.getVoteThresholdPercent(), rulesForm.getQuota(), user);
				Flash.success(redirect, "nomination.rules.saved");
				return "redirect:/nominations/plans/" + planId + "/rules";
			}
			catch (NomineeRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return page(planId, model);
	}

	private String page(Long planId, Model model) {
		model.addAttribute("plan", this.plans.facts(planId));
		return "nomination/rules";
	}

}
