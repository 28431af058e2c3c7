package vn.atgt.thidua.nomination.web;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.nomination.DossierService;
import vn.atgt.thidua.nomination.DossierView;
import vn.atgt.thidua.nomination.NomineeRefusedException;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.CreateOnce;
import vn.atgt.thidua.shared.web.Flash;
import vn.atgt.thidua.nomination.QuotaExceededException;

/** An agency's dossiers: the list, opening one for a plan, its page, nominees and submitting it. */
@Controller
@RequestMapping("/nominations")
class DossierController {

	private final DossierService dossiers;

	private final DossierPage page;

	private final NomineeFormValidator validator;

	DossierController(DossierService dossiers, DossierPage page, NomineeFormValidator validator) {
		this.dossiers = dossiers;
		this.page = page;
		this.validator = validator;
	}

	@InitBinder("nomineeForm")
	void addValidator(WebDataBinder binder) {
		binder.addValidators(this.validator);
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		if (user.isOffice()) {
			return "redirect:/nominations/inbox";
		}
		model.addAttribute("dossiers", this.dossiers.listMine(user, PageRequest.of(Math.max(page, 0), 20)));
		model.addAttribute("openPlans", this.dossiers.plansOpenTo(user));
		return "nomination/list";
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('AGENCY')")
	String open(@RequestParam Long planId, CurrentUser user) {
		// one dossier per plan and agency: a concurrent second "open" answers with the dossier the first created
		return "redirect:/nominations/" + CreateOnce.run(() -> this.dossiers.openFor(planId, user));
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, CurrentUser user, Model model) {
		DossierView dossier = this.dossiers.view(id, user);
		NomineeForm form = new NomineeForm();
		form.setVersion(dossier.version());
		model.addAttribute("nomineeForm", form);
		return page(dossier, user, model);
	}

	@PostMapping("/{id}/nominees")
	@PreAuthorize("hasRole('AGENCY')")
	String addNominee(@PathVariable Long id, @Valid NomineeForm nomineeForm, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.dossiers.addNominee(id, nomineeForm.getVersion(), nomineeForm.toSpec(), user);
				Flash.success(redirect, "nomination.flash.nomineeAdded", nomineeForm.getName());
				return "redirect:/nominations/" + id;
			}
			catch (NomineeRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return page(this.dossiers.view(id, user), user, model);
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("hasRole('AGENCY')")
	String submit(@PathVariable Long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
		try {
			this.dossiers.submit(id, version, user);
		}
		catch (QuotaExceededException ex) {
			Flash.warning(redirect, ex.messageKey(), ex.args());
			return "redirect:/nominations/" + id;
		}
		Flash.success(redirect, "nomination.flash.submitted");
		return "redirect:/nominations/" + id;
	}

	private String page(DossierView dossier, CurrentUser user, Model model) {
		return this.page.render(dossier, user, model);
	}

}
