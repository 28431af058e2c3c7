package vn.atgt.thidua.notification.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.atgt.thidua.notification.Escalations;

/** The office's list of records that have waited too long in one state. */
@Controller
@PreAuthorize("hasRole('OFFICE')")
class EscalationController {

	private final Escalations escalations;

	EscalationController(Escalations escalations) {
		this.escalations = escalations;
	}

	@GetMapping("/escalations")
	String list(Model model) {
		model.addAttribute("items", this.escalations.waitingTooLong());
		return "notification/escalations";
	}

}
