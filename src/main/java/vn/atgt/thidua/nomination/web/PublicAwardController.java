package vn.atgt.thidua.nomination.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.atgt.thidua.nomination.SubmissionService;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.shared.domain.NotFoundException;

/** The awarded collectives and individuals with their decision number, for anyone (công khai). */
@Controller
@RequestMapping("/public/awards")
class PublicAwardController {

	private final SubmissionService submissions;

	private final PlanDirectory plans;

	PublicAwardController(SubmissionService submissions, PlanDirectory plans) {
		this.submissions = submissions;
		this.plans = plans;
	}

	@GetMapping
	String all(@RequestParam(required = false) Long planId, @RequestParam(defaultValue = "0") int page, Model model) {
		if (planId != null) {
			// the plan chooser of the page (issue 12 item 6): the awards of that plan
			return "redirect:/public/awards/plans/" + planId;
		}
		model.addAttribute("plans", this.plans.issuedPlans());
		model.addAttribute("awards", this.submissions.publicAwards(null, PageRequest.of(Math.max(page, 0), 50)));
		model.addAttribute("pageUrl", "/public/awards");
		return "nomination/public-awards";
	}

	@GetMapping("/plans/{planId}")
	String ofPlan(@PathVariable Long planId, @RequestParam(defaultValue = "0") int page, Model model) {
		var plan = this.plans.facts(planId);
		if (plan.status() == vn.atgt.thidua.plan.PlanStatus.DRAFT) {
			throw new NotFoundException("Plan", planId);
		}
		model.addAttribute("plan", plan);
		model.addAttribute("plans", this.plans.issuedPlans());
		model.addAttribute("awards", this.submissions.publicAwards(planId, PageRequest.of(Math.max(page, 0), 50)));
		model.addAttribute("pageUrl", "/public/awards/plans/" + planId);
		return "nomination/public-awards";
	}

}
