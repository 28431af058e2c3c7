package vn.atgt.thidua.plan.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.shared.province.ProvinceProperties;
import vn.atgt.thidua.audit.AuditLog;
import vn.atgt.thidua.plan.Indicator;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.plan.PlanSummary;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.plan.SignAuthority;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;
import vn.atgt.thidua.shared.web.RowChange;

/** Lists plans, shows one, and lets the office draft and edit. */
@Controller
@RequestMapping("/plans")
class PlanController {

	static final String FORM = "plan/form";

	private final PlanService plans;

	private final PlanFormValidator validator;

	private final AuditLog audit;

	private final ProvinceProperties province;

	private final SpringValidatorAdapter beanValidator;

	PlanController(PlanService plans, PlanFormValidator validator, AuditLog audit, ProvinceProperties province,
			jakarta.validation.Validator beanValidator) {
		this.beanValidator = new SpringValidatorAdapter(beanValidator);
		this.plans = plans;
		this.province = province;
		this.validator = validator;
		this.audit = audit;
	}

	// validated by hand after the dates followed a changed year (the binder would validate before)
	private boolean invalid(PlanForm form, BindingResult result, boolean draft) {
		if (draft) {
			form.followYear();
		}
		this.beanValidator.validate(form, result);
		this.validator.validate(form, result);
		return result.hasErrors();
	}

	@ModelAttribute("indicators")
	Indicator[] indicators() {
		return Indicator.values();
	}

	@ModelAttribute("signAuthorities")
	List<SignAuthority> signAuthorities() {
		return List.of(SignAuthority.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		Page<PlanSummary> plans = this.plans.search(user, q, year, PageRequest.of(Math.max(page, 0), 20));
		model.addAttribute("plans", plans);
		model.addAttribute("q", q);
		model.addAttribute("year", year);
		return "plan/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, CurrentUser user, Model model) {
		model.addAttribute("plan", this.plans.view(id, user));
		model.addAttribute("history", user.isOffice() ? this.audit.historyOf("Plan", id) : List.of());
		return "plan/show";
	}

	@GetMapping("/{id}/print")
	String print(@PathVariable Long id, CurrentUser user, Model model) {
		model.addAttribute("plan", this.plans.view(id, user));
		return "plan/print";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('OFFICE')")
	String initCreationForm(Model model) {
		model.addAttribute("planForm", PlanForm.blank(this.plans.today().getYear(), this.province));
		model.addAttribute("mode", "create");
		return FORM;
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('OFFICE')")
	String processCreationForm(@ModelAttribute PlanForm planForm, BindingResult result,
			@RequestParam(name = "_row", required = false) String row, CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		model.addAttribute("mode", "create");
		Optional<RowChange> rows = planForm.applyRowAction(row);
		if (rows.isPresent()) {
			return rows.get().show(FORM, "planForm", planForm, model, request);
		}
		if (invalid(planForm, result, true)) {
			return FORM;
		}
		Long id = this.plans.createDraft(planForm.toContent(), user);
		Flash.success(redirect, "plan.flash.created");
		return "redirect:/plans/" + id;
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('OFFICE')")
	String initUpdateForm(@PathVariable Long id, CurrentUser user, Model model) {
		var plan = this.plans.view(id, user);
		model.addAttribute("planForm", PlanForm.from(plan.content(), plan.version()));
		model.addAttribute("plan", plan);
		model.addAttribute("mode", plan.isDraft() ? "edit" : "amend");
		return FORM;
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('OFFICE')")
	String processUpdateForm(@PathVariable Long id, @ModelAttribute PlanForm planForm, BindingResult result,
			@RequestParam(name = "_row", required = false) String row, CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		var plan = this.plans.view(id, user);
		model.addAttribute("plan", plan);
		model.addAttribute("mode", plan.isDraft() ? "edit" : "amend");
		Optional<RowChange> rows = planForm.applyRowAction(row);
		if (rows.isPresent()) {
			return rows.get().show(FORM, "planForm", planForm, model, request);
		}
		invalid(planForm, result, plan.isDraft());
		if (!plan.isDraft()) {
			rejectAmendment(plan, planForm, result);
		}
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			save(plan, planForm, user, redirect);
		}
		catch (InvalidStateException ex) {
			// a rule of the plan's state (closed meanwhile, …): said on the same form, nothing typed lost
			result.reject(ex.messageKey());
			return FORM;
		}
		return "redirect:/plans/" + id;
	}

	private void save(PlanView plan, PlanForm planForm, CurrentUser user, RedirectAttributes redirect) {
		if (plan.isDraft()) {
			this.plans.editDraft(plan.id(), planForm.getVersion(), planForm.toContent(), user);
			Flash.success(redirect, "plan.flash.saved");
		}
		else {
			this.plans.amend(plan.id(), planForm.getVersion(), planForm.toContent(), planForm.getAmendmentReason(),
					user);
			Flash.success(redirect, "plan.flash.amended");
		}
	}

	// a published plan keeps its year and body symbol (its number belongs to them): refused next to the field
	private static void rejectAmendment(PlanView plan, PlanForm form, BindingResult result) {
		if (form.getAmendmentReason() == null) {
			result.rejectValue("amendmentReason", "plan.validation.amendmentReasonRequired");
		}
		if (form.getYear() != null && form.getYear() != plan.content().year()) {
			result.rejectValue("year", "plan.validation.yearFixedWhenPublished");
		}
		if (form.getBodySymbol() != null && !form.getBodySymbol().equals(plan.content().bodySymbol())) {
			result.rejectValue("bodySymbol", "plan.validation.bodySymbolFixedWhenPublished");
		}
	}

}
