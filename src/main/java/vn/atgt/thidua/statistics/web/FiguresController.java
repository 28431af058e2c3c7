package vn.atgt.thidua.statistics.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
import vn.atgt.thidua.statistics.DuplicateFiguresException;
import vn.atgt.thidua.statistics.FiguresData;
import vn.atgt.thidua.statistics.PeriodType;
import vn.atgt.thidua.statistics.StatisticsService;
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

	// validated by hand after the window followed a changed period (the binder would validate before)
	private boolean invalid(FiguresForm form, BindingResult result) {
		form.followPeriod();
		this.beanValidator.validate(form, result);
		this.validator.validate(form, result);
		return result.hasErrors();
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
		model.addAttribute("figuresForm", FiguresForm.blank(VnDates.today(this.clock).getYear()));
		return FORM;
	}

	@PostMapping("/new")
	String processCreationForm(@ModelAttribute FiguresForm figuresForm, BindingResult result,
			@RequestParam(name = "_defaults", required = false) String defaults, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		this.statistics.requireEditor(user);
		if (defaults != null) {
			return withDefaultWindow(figuresForm, model);
		}
		if (invalid(figuresForm, result)) {
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
		model.addAttribute("figuresForm", FiguresForm.from(figures));
		model.addAttribute("figuresId", id);
		return FORM;
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable Long id, @ModelAttribute FiguresForm figuresForm, BindingResult result,
			@RequestParam(name = "_defaults", required = false) String defaults, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		this.statistics.provinceFiguresForEdit(id, user);
		model.addAttribute("figuresId", id);
		if (defaults != null) {
			return withDefaultWindow(figuresForm, model);
		}
		if (figuresForm.getVersion() == null) {
			result.rejectValue("version", "NotNull");
		}
		if (invalid(figuresForm, result)) {
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
		else {
			Flash.success(redirect, "stats.flash.saved");
		}
		return "redirect:/statistics";
	}

	// the period changed: show the form again with its Decree 09 window, errors only appear on saving
	private static String withDefaultWindow(FiguresForm form, Model model) {
		form.fillDefaultWindow();
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "figuresForm",
				new BeanPropertyBindingResult(form, "figuresForm"));
		model.addAttribute("figuresForm", form);
		return FORM;
	}

}
