package vn.atgt.thidua.subplan.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.shared.security.CurrentUser;

/** Entry page of the module: an agency's plans with its sub-plan link; the office's boards and review queue. */
@Controller
class SubPlanIndexController {

	private final PlanService plans;

	SubPlanIndexController(PlanService plans) {
		this.plans = plans;
	}

	@GetMapping("/subplans")
	String index(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		model.addAttribute("plans", this.plans.list(user, PageRequest.of(Math.max(page, 0), 20)));
		return "subplan/index";
	}

}
