package vn.atgt.thidua.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Vietnamese sign-in page; Spring Security processes the POST. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "account/login";
	}

}
