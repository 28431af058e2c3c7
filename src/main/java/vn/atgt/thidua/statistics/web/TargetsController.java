package vn.atgt.thidua.statistics.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;
import vn.atgt.thidua.statistics.TargetsService;

/**
 * The targets dashboard of a plan: attainment of each target, which figures were compared and where from, charts
 * and the same numbers as a table; the office assesses the qualitative targets there.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class TargetsController {

	static final String PAGE = "statistics/targets";

	private final TargetsService targets;

	TargetsController(TargetsService targets) {
		this.targets = targets;
	}

	@GetMapping("/plans/{planId}/targets")
	String dashboard(@PathVariable Long planId, CurrentUser user, Model model) {
		model.addAttribute("dashboard", this.targets.dashboard(planId, user));
		model.addAttribute("assessmentForm", new AssessmentForm());
		return PAGE;
	}

	@PostMapping("/plans/{planId}/targets/{targetId}/assessment")
	@PreAuthorize("hasRole('OFFICE')")
	String assess(@PathVariable Long planId, @PathVariable Long targetId, @Valid AssessmentForm assessmentForm,
			BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
		assessmentForm.setTargetId(targetId);
		if (assessmentForm.getAchieved() == null) {
			result.rejectValue("achieved", "stats.validation.assessChoice");
		}
		else if (!assessmentForm.getAchieved()
				&& (assessmentForm.getComment() == null || assessmentForm.getComment().isBlank())) {
			result.rejectValue("comment", "stats.validation.assessComment");
		}
		if (result.hasErrors()) {
			model.addAttribute("dashboard", this.targets.dashboard(planId, user));
			return PAGE;
		}
		this.targets.assess(planId, targetId, assessmentForm.getAchieved(), assessmentForm.getComment(), user);
		Flash.success(redirect, "stats.flash.assessed");
		return "redirect:/plans/" + planId + "/targets";
	}

}
