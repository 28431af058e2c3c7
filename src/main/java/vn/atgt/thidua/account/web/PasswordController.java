package vn.atgt.thidua.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.account.AccountService;
import vn.atgt.thidua.account.PasswordPolicy;
import vn.atgt.thidua.shared.security.AccountPrincipal;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** A signed-in user changes their own password (required after a reset, before anything else). */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final AccountService accounts;

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return "account/password";
	}

	@PostMapping
	String change(@Valid PasswordForm passwordForm, BindingResult result, CurrentUser user, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		String newPassword = passwordForm.getNewPassword();
		if (PasswordPolicy.tooLong(newPassword)) {
			result.rejectValue("newPassword", "account.validation.passwordTooLong",
					new Object[] { PasswordPolicy.MAX_BYTES }, null);
		}
		else if (newPassword != null && !PasswordPolicy.accepts(newPassword)) {
			result.rejectValue("newPassword", "account.validation.passwordPolicy");
		}
		if (PasswordPolicy.tooLong(passwordForm.getCurrentPassword())) {
			result.rejectValue("currentPassword", "account.validation.currentPasswordWrong");
		}
		if (newPassword != null && !newPassword.equals(passwordForm.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "account.validation.passwordMismatch");
		}
		if (newPassword != null && newPassword.equals(passwordForm.getCurrentPassword())) {
			result.rejectValue("newPassword", "account.validation.passwordSame");
		}
		if (!result.hasErrors() && !this.accounts.changeOwnPassword(user, passwordForm.getCurrentPassword(), newPassword,
				request.getSession().getId())) {
			result.rejectValue("currentPassword", "account.validation.currentPasswordWrong");
		}
		if (result.hasErrors()) {
			return "account/password";
		}
		refreshPrincipal(request, response);
		Flash.success(redirect, "account.flash.passwordChanged");
		return "redirect:/";
	}

	// the session's principal still says "must change password": replace it with one that does not
	private void refreshPrincipal(HttpServletRequest request, HttpServletResponse response) {
		AccountPrincipal principal = SignedInSession.principal();
		if (principal != null) {
			SignedInSession.update(principal.with(false, principal.totpEnrolled()), request, response);
		}
	}

}
