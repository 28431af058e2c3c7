package vn.atgt.thidua.nomination.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.nomination.AwardFormService;
import vn.atgt.thidua.nomination.PrizeRateRefusedException;
import vn.atgt.thidua.nomination.PrizeRateService;
import vn.atgt.thidua.nomination.SubjectType;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** The office keeps the dated tables of base salaries and prize coefficients (ADR 0186). */
@Controller
@RequestMapping("/nominations/prize-rates")
@PreAuthorize("hasRole('OFFICE')")
class PrizeRateController {

	static final String PAGE = "nomination/prize-rates";

	private final PrizeRateService rates;

	private final AwardFormService forms;

	PrizeRateController(PrizeRateService rates, AwardFormService forms) {
		this.rates = rates;
		this.forms = forms;
	}

	/** A coefficient is typed the Vietnamese way ("1,5") or with a dot ("1.5"). */
	@InitBinder("coefficientForm")
	void coefficients(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, "coefficient", new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				String typed = text == null ? "" : text.strip().replace(',', '.');
				// plain digits only: "1e999999999" would be a number whose printing fills the memory
				if (!typed.isEmpty() && !typed.matches("-?\\d{1,6}(\\.\\d{1,6})?")) {
					throw new IllegalArgumentException("not a coefficient: " + typed);
				}
				setValue(typed.isEmpty() ? null : new BigDecimal(typed));
			}

			@Override
			public String getAsText() {
				return getValue() == null ? "" : ((BigDecimal) getValue()).toPlainString().replace('.', ',');
			}

		});
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("baseSalaryForm", new BaseSalaryForm());
		model.addAttribute("coefficientForm", new CoefficientForm());
		return page(model);
	}

	@PostMapping("/base-salaries")
	String addBaseSalary(@Valid @ModelAttribute BaseSalaryForm baseSalaryForm, BindingResult result, CurrentUser user,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.rates.addBaseSalary(baseSalaryForm.getSalaryFrom(), baseSalaryForm.amountValue(), user);
				Flash.success(redirect, "nomination.prize.flash.salaryAdded");
				return "redirect:/nominations/prize-rates";
			}
			catch (PrizeRateRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
			catch (DataIntegrityViolationException ex) {
				// another clerk added the same date a moment ago
				result.rejectValue("salaryFrom", "nomination.prize.validation.duplicateSalary");
			}
		}
		model.addAttribute("coefficientForm", new CoefficientForm());
		return page(model);
	}

	@PostMapping("/coefficients")
	String addCoefficient(@Valid @ModelAttribute CoefficientForm coefficientForm, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.rates.addCoefficient(coefficientForm.getAwardFormId(), coefficientForm.getSubjectType(),
						coefficientForm.getCoefficientFrom(), coefficientForm.getCoefficient(), user);
				Flash.success(redirect, "nomination.prize.flash.coefficientAdded");
				return "redirect:/nominations/prize-rates";
			}
			catch (PrizeRateRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
			catch (DataIntegrityViolationException ex) {
				result.rejectValue("coefficientFrom", "nomination.prize.validation.duplicateCoefficient");
			}
		}
		model.addAttribute("baseSalaryForm", new BaseSalaryForm());
		return page(model);
	}

	@PostMapping("/base-salaries/{rateId}/remove")
	String removeBaseSalary(@PathVariable Long rateId, CurrentUser user, RedirectAttributes redirect) {
		if (this.rates.removeBaseSalary(rateId, user)) {
			Flash.success(redirect, "nomination.prize.flash.removed");
		}
		else {
			Flash.warning(redirect, "nomination.prize.flash.alreadyRemoved");
		}
		return "redirect:/nominations/prize-rates";
	}

	@PostMapping("/coefficients/{rateId}/remove")
	String removeCoefficient(@PathVariable Long rateId, CurrentUser user, RedirectAttributes redirect) {
		if (this.rates.removeCoefficient(rateId, user)) {
			Flash.success(redirect, "nomination.prize.flash.removed");
		}
		else {
			Flash.warning(redirect, "nomination.prize.flash.alreadyRemoved");
		}
		return "redirect:/nominations/prize-rates";
	}

	private String page(Model model) {
		model.addAttribute("rates", this.rates.view());
		model.addAttribute("awardForms", this.forms.list());
		model.addAttribute("subjectTypes", SubjectType.values());
		return PAGE;
	}

}
