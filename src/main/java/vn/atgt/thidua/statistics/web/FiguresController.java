package vn.atgt.thidua.statistics.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.statistics.AccidentFigures;
import vn.atgt.thidua.statistics.Counts;
import vn.atgt.thidua.statistics.FiguresChecks;
import vn.atgt.thidua.statistics.DuplicateFiguresException;
import vn.atgt.thidua.statistics.FiguresData;
import vn.atgt.thidua.statistics.PeriodType;
import vn.atgt.thidua.statistics.StatisticsService;
import vn.atgt.thidua.statistics.VnNumbers;
import vn.atgt.thidua.shared.web.Flash;

/** Province-wide accident figures: the list, and the form to enter or correct one period's figures. */
@Controller
@RequestMapping("/statistics")
@PreAuthorize("isAuthenticated()")
class FiguresController {

	static final String FORM = "statistics/form";

	private final StatisticsService statistics;

	private final FiguresFormValidator validator;

	private final java.time.Clock clock;

	private final SpringValidatorAdapter beanValidator;

	FiguresController(StatisticsService statistics, FiguresFormValidator validator, java.time.Clock clock,
			jakarta.validation.Validator beanValidator) {
		this.beanValidator = new SpringValidatorAdapter(beanValidator);
		this.statistics = statistics;
		this.validator = validator;
		this.clock = clock;
	}

	// validated by hand after the window followed a changed period (the binder would validate before); the
	// previous period must agree with the stored one or the difference be confirmed with a reason
	private boolean invalid(FiguresForm form, BindingResult result, Model model) {
		form.followPeriod();
		Counts stored = storedPrevious(form);
		form.prefillPrevious(stored);
		model.addAttribute("storedPrevious", stored);
		this.beanValidator.validate(form, result);
		this.validator.validate(form, result);
		Counts typed = form.typedPrevious();
		if (stored != null && typed != null && !stored.equals(typed) && form.getPrevReason() == null
				&& !result.hasFieldErrors("prevReason")) {
			result.rejectValue("prevReason", "stats.validation.previousDiffers",
					new Object[] { String.valueOf(form.getPeriodYear() - 1), VnNumbers.integer(stored.accidents()),
							VnNumbers.integer(stored.deaths()), VnNumbers.integer(stored.injuries()) },
					null);
		}
		return result.hasErrors();
	}

	private Counts storedPrevious(FiguresForm form) {
		return form.periodChosen() ? this.statistics.storedPrevious(form.getPeriodType(), form.getPeriodYear(),
				form.getPeriodNo() == null ? 0 : form.getPeriodNo()).orElse(null) : null;
	}

	private String form(FiguresForm form, Model model) {
		Counts stored = storedPrevious(form);
		form.prefillPrevious(stored);
		model.addAttribute("figuresForm", form);
		model.addAttribute("storedPrevious", stored);
		return FORM;
	}

	@ModelAttribute("periodTypes")
	PeriodType[] periodTypes() {
		return PeriodType.values();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		model.addAttribute("figures", this.statistics.provinceFigures(PageRequest.of(Math.max(page, 0), 20)));
		model.addAttribute("mayEnter", this.statistics.mayEnterProvinceFigures(user));
		return "statistics/list";
	}

	@GetMapping("/new")
	String initCreationForm(CurrentUser user, Model model) {
		this.statistics.requireEditor(user);
		FiguresForm form = FiguresForm.blank(VnDates.today(this.clock).getYear());
		return form(form, model);
	}

	@PostMapping("/new")
	String processCreationForm(@ModelAttribute FiguresForm figuresForm, BindingResult result,
			@RequestParam(name = "_defaults", required = false) String defaults, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		this.statistics.requireEditor(user);
		if (defaults != null) {
			return withDefaultWindow(figuresForm, result, model);
		}
		if (invalid(figuresForm, result, model)) {
			return FORM;
		}
		FiguresData data = figuresForm.toData();
		try {
			this.statistics.recordProvinceFigures(data, user);
		}
		catch (DuplicateFiguresException ex) {
			result.rejectValue("periodType", "stats.validation.duplicate");
			return FORM;
		}
		return saved(data, redirect);
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable Long id, CurrentUser user, Model model) {
		AccidentFigures figures = this.statistics.provinceFiguresForEdit(id, user);
		model.addAttribute("figuresId", id);
		return form(FiguresForm.from(figures), model);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable Long id, @ModelAttribute FiguresForm figuresForm, BindingResult result,
			@RequestParam(name = "_defaults", required = false) String defaults, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		this.statistics.provinceFiguresForEdit(id, user);
		model.addAttribute("figuresId", id);
		if (defaults != null) {
			return withDefaultWindow(figuresForm, result, model);
		}
		if (figuresForm.getVersion() == null) {
			result.rejectValue("version", "NotNull");
		}
		if (invalid(figuresForm, result, model)) {
			return FORM;
		}
		FiguresData data = figuresForm.toData();
		try {
			this.statistics.correctProvinceFigures(id, figuresForm.getVersion(), data, user);
		}
		catch (DuplicateFiguresException ex) {
			result.rejectValue("periodType", "stats.validation.duplicate");
			return FORM;
		}
		return saved(data, redirect);
	}

	private static String saved(FiguresData data, RedirectAttributes redirect) {
		if (data.deathsWithoutAccident()) {
			Flash.warning(redirect, "stats.flash.savedDeathsWithoutAccident");
		}
		else if (data.implausiblePeople()) {
			Flash.warning(redirect, "stats.flash.savedImplausible", FiguresChecks.PEOPLE_PER_ACCIDENT);
		}
		else {
			Flash.success(redirect, "stats.flash.saved");
		}
		return "redirect:/statistics";
	}

	// the period changed: show the form again with its Decree 09 window, errors only appear on saving
	// the fresh binding result keeps the request's conversion service, so the dates print as the form types them
	// (dd/mm/yyyy, ADR 0177) and not as LocalDate.toString()
	private String withDefaultWindow(FiguresForm form, BindingResult bound, Model model) {
		form.fillDefaultWindow();
		BeanPropertyBindingResult fresh = new BeanPropertyBindingResult(form, "figuresForm");
		if (bound instanceof AbstractPropertyBindingResult request
				&& request.getPropertyAccessor().getConversionService() != null) {
			fresh.initConversion(request.getPropertyAccessor().getConversionService());
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "figuresForm", fresh);
		return form(form, model);
	}

}
