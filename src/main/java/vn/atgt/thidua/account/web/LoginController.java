package vn.atgt.thidua.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Vietnamese sign-in page; Spring Security processes the POST. */
@Controller
class LoginController {

	// "throttled" comes back in the address bar: only a small whole number of minutes is ever shown
	@GetMapping("/login")
	String login(@RequestParam(required = false) String throttled, Model model) {
		if (throttled != null && throttled.matches("\\d{1,3}")) {
			model.addAttribute("throttledMinutes", Math.max(1, Integer.parseInt(throttled)));
		}
		return "account/login";
	}

}
