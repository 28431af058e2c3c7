package vn.atgt.thidua.plan.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.plan.DuplicatePlanNumberException;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** The office moves a plan through its life: publish with a number, close, copy into next year's draft. */
@Controller
@RequestMapping("/plans/{id}")
@PreAuthorize("hasRole('OFFICE')")
class PlanWorkflowController {

	private final PlanService plans;

	PlanWorkflowController(PlanService plans) {
		this.plans = plans;
	}

	@GetMapping("/publish")
	String initPublishForm(@PathVariable Long id, CurrentUser user, Model model) {
		PlanView plan = this.plans.view(id, user);
		PublishForm form = new PublishForm();
		form.setVersion(plan.version());
		form.setNumber(this.plans.suggestNumber(id));
		form.setIssueDate(this.plans.today());
		model.addAttribute("plan", plan);
		model.addAttribute("publishForm", form);
		return "plan/publish";
	}

	@PostMapping("/publish")
	String processPublishForm(@PathVariable Long id, @Valid PublishForm publishForm, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.plans.publish(id, publishForm.getVersion(), publishForm.getNumber(), publishForm.getIssueDate(),
						user);
				Flash.success(redirect, "plan.flash.published");
				return "redirect:/plans/" + id;
			}
			catch (DuplicatePlanNumberException ex) {
				result.rejectValue("number", "plan.validation.numberTaken");
			}
		}
		model.addAttribute("plan", this.plans.view(id, user));
		return "plan/publish";
	}

	@PostMapping("/close")
	String close(@PathVariable Long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
		this.plans.close(id, version, user);
		Flash.success(redirect, "plan.flash.closed");
		return "redirect:/plans/" + id;
	}

	@PostMapping("/copy")
	String copy(@PathVariable Long id, @RequestParam int year, CurrentUser user, RedirectAttributes redirect) {
		Long copyId = this.plans.copyToNewDraft(id, Math.max(2000, Math.min(year, 2100)), user);
		Flash.success(redirect, "plan.flash.copied");
		return "redirect:/plans/" + copyId + "/edit";
	}

}
