package vn.atgt.thidua.home;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.atgt.thidua.notification.Escalations;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.shared.security.CurrentUser;

/** The start page: the public landing for visitors, the user's plans once signed in, and the office's escalations. */
@Controller
class HomeController {

	private final PlanService plans;

	private final Escalations escalations;

	HomeController(PlanService plans, Escalations escalations) {
		this.plans = plans;
		this.escalations = escalations;
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		if (user == null) {
			model.addAttribute("plans", this.plans.listPublic(PageRequest.of(0, 10)));
			return "home/public";
		}
		model.addAttribute("plans", this.plans.list(user, PageRequest.of(0, 10)));
		if (user.isOffice()) {
			model.addAttribute("escalations", this.escalations.waitingTooLong());
		}
		return "home/dashboard";
	}

}
