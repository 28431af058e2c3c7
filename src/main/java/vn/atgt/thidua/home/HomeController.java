package vn.atgt.thidua.home;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.shared.security.CurrentUser;

/** The start page: the public landing for visitors, the user's plans once signed in. */
@Controller
class HomeController {

	private final PlanService plans;

	HomeController(PlanService plans) {
		this.plans = plans;
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		if (user == null) {
			model.addAttribute("plans", this.plans.listPublic(PageRequest.of(0, 10)));
			return "home/public";
		}
		model.addAttribute("plans", this.plans.list(user, PageRequest.of(0, 10)));
		return "home/dashboard";
	}

}
