package vn.atgt.thidua.statistics.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.statistics.TargetsService;

/** The targets dashboard of a plan: attainment of each target, charts and the same numbers as a table. */
@Controller
@PreAuthorize("isAuthenticated()")
class TargetsController {

	private final TargetsService targets;

	TargetsController(TargetsService targets) {
		this.targets = targets;
	}

	@GetMapping("/plans/{planId}/targets")
	String dashboard(@PathVariable Long planId, CurrentUser user, Model model) {
		model.addAttribute("dashboard", this.targets.dashboard(planId, user));
		return "statistics/targets";
	}

}
