package vn.atgt.thidua.plan.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.atgt.thidua.plan.PlanService;

/** Published plans, readable by anyone (công khai), signed in or not. */
@Controller
@RequestMapping("/public/plans")
class PublicPlanController {

	private final PlanService plans;

	PublicPlanController(PlanService plans) {
		this.plans = plans;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("plans", this.plans.listPublic(PageRequest.of(Math.max(page, 0), 20)));
		return "public/plans";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("plan", this.plans.publicView(id));
		return "public/plan";
	}

	@GetMapping("/{id}/print")
	String print(@PathVariable Long id, Model model) {
		model.addAttribute("plan", this.plans.publicView(id));
		return "plan/print";
	}

}
