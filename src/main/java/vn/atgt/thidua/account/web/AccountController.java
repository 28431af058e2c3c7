package vn.atgt.thidua.account.web;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.account.AccountService;
import vn.atgt.thidua.account.AccountService.TemporaryPassword;
import vn.atgt.thidua.agency.AgencyDirectory;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.security.Role;
import vn.atgt.thidua.shared.web.Flash;

/** Accounts for agency staff, reviewers and office staff: create, enable/disable, reset to a temporary password. */
@Controller
@RequestMapping("/accounts")
@PreAuthorize("hasAnyRole('OFFICE','ADMIN')")
class AccountController {

	private final AccountService accounts;

	private final AgencyDirectory agencies;

	AccountController(AccountService accounts, AgencyDirectory agencies) {
		this.accounts = accounts;
		this.agencies = agencies;
	}

	// a page number past any real list is clamped (25 × 100,000 rows), not handed to the database as an overflow
	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		model.addAttribute("accounts", this.accounts.list(PageRequest.of(Math.min(Math.max(page, 0), 100_000), 25), user));
		model.addAttribute("roles", Role.values());
		return "account/list";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("accountForm", new AccountForm());
		return form(model);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid AccountForm accountForm, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		if (accountForm.getRole() == Role.AGENCY && accountForm.getAgencyId() == null) {
			result.rejectValue("agencyId", "account.validation.agencyRequired");
		}
		// office staff and administrators work for the committee, not for a member agency (issue 14.5)
		if ((accountForm.getRole() == Role.OFFICE || accountForm.getRole() == Role.ADMIN)
				&& accountForm.getAgencyId() != null) {
			result.rejectValue("agencyId", "account.validation.agencyNotAllowed");
		}
		if (accountForm.getUsername() != null && this.accounts.usernameTaken(accountForm.getUsername())) {
			result.rejectValue("username", "account.validation.usernameTaken");
		}
		if (accountForm.getRole() == Role.ADMIN && !user.has(Role.ADMIN)) {
			result.rejectValue("role", "account.error.adminOnly");
		}
		if (result.hasErrors()) {
			return form(model);
		}
		TemporaryPassword created = this.accounts.create(accountForm.getUsername(), accountForm.getFullName(),
				accountForm.getEmail(), accountForm.getRole(), accountForm.getAgencyId(), user);
		redirect.addFlashAttribute("temporaryPassword", created);
		Flash.success(redirect, "account.flash.created", created.username());
		return "redirect:/accounts";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable Long id, @RequestParam long version, @RequestParam boolean enabled, CurrentUser user,
			RedirectAttributes redirect) {
		this.accounts.enable(id, version, enabled, user);
		Flash.success(redirect, enabled ? "account.flash.enabled" : "account.flash.disabled");
		return "redirect:/accounts";
	}

	@PostMapping("/{id}/role")
	String changeRole(@PathVariable Long id, @RequestParam long version, @RequestParam Role role, CurrentUser user,
			RedirectAttributes redirect) {
		this.accounts.changeRole(id, version, role, user);
		Flash.success(redirect, "account.flash.roleChanged");
		return "redirect:/accounts";
	}

	@PostMapping("/{id}/second-factor/reset")
	String resetSecondFactor(@PathVariable Long id, CurrentUser user, RedirectAttributes redirect) {
		this.accounts.resetSecondFactor(id, user);
		Flash.success(redirect, "account.flash.secondFactorReset");
		return "redirect:/accounts";
	}

	@PostMapping("/{id}/reset")
	String reset(@PathVariable Long id, CurrentUser user, RedirectAttributes redirect) {
		TemporaryPassword reset = this.accounts.resetPassword(id, user);
		redirect.addFlashAttribute("temporaryPassword", reset);
		Flash.success(redirect, "account.flash.reset", reset.username());
		return "redirect:/accounts";
	}

	private String form(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("agencies", this.agencies.options());
		return "account/form";
	}

}
