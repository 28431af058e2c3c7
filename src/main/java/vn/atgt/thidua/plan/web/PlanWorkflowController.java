package vn.atgt.thidua.plan.web;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

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

import vn.atgt.thidua.plan.DuplicatePlanNumberException;
import vn.atgt.thidua.plan.PlanNotReadyException;
import vn.atgt.thidua.plan.PlanReadiness;
import vn.atgt.thidua.plan.PlanService;
import vn.atgt.thidua.plan.PlanView;
import vn.atgt.thidua.shared.domain.InvalidStateException;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.shared.web.Flash;

/** The office moves a plan through its life: publish with a number, close, copy into next year's draft. */
@Controller
@RequestMapping("/plans/{id}")
@PreAuthorize("hasRole('OFFICE')")
class PlanWorkflowController {

	private final PlanService plans;

	private final MessageSource messages;

	PlanWorkflowController(PlanService plans, MessageSource messages) {
		this.plans = plans;
		this.messages = messages;
	}

	/** The pre-publication checklist, with the number and date form when nothing blocks. */
	@GetMapping("/publish")
	String initPublishForm(@PathVariable Long id, CurrentUser user, Model model, RedirectAttributes redirect) {
		PlanView plan = this.plans.view(id, user);
		if (!plan.isDraft()) {
			Flash.warning(redirect, "plan.error.notDraft");
			return "redirect:/plans/" + id;
		}
		PublishForm form = new PublishForm();
		form.setVersion(plan.version());
		form.setNumber(this.plans.suggestNumber(id));
		form.setIssueDate(this.plans.today());
		model.addAttribute("publishForm", form);
		return publishPage(plan, this.plans.readiness(id), model);
	}

	@PostMapping("/publish")
	String processPublishForm(@PathVariable Long id, @Valid PublishForm publishForm, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		rejectIssueDate(publishForm, this.plans.view(id, user).content().endDate(), result);
		if (!result.hasErrors()) {
			try {
				this.plans.publish(id, publishForm.getVersion(), publishForm.getNumber(), publishForm.getIssueDate(),
						publishForm.isPublishAnyway(), user);
				Flash.success(redirect, "plan.flash.published");
				return "redirect:/plans/" + id;
			}
			catch (DuplicatePlanNumberException ex) {
				int issueYear = publishForm.getIssueDate().getYear();
				result.rejectValue("number", "plan.validation.numberTaken",
						new Object[] { String.valueOf(issueYear), this.plans.suggestNumber(id, issueYear) }, null);
			}
			catch (PlanNotReadyException ex) {
				refuse(ex.readiness(), result);
			}
			catch (InvalidStateException ex) {
				result.reject(ex.messageKey());
			}
		}
		return publishPage(this.plans.view(id, user), this.plans.readiness(id), model);
	}

	/**
	 * The date of issue is neither after today nor after the plan's end (a plan is issued before it is carried out);
	 * refused next to the field, the number and date typed kept.
	 */
	private void rejectIssueDate(PublishForm form, LocalDate planEnd, BindingResult result) {
		LocalDate issued = form.getIssueDate();
		if (issued == null || result.hasFieldErrors("issueDate")) {
			return;
		}
		if (issued.isAfter(this.plans.today())) {
			result.rejectValue("issueDate", "plan.validation.issueDateFuture");
		}
		else if (planEnd != null && issued.isAfter(planEnd)) {
			result.rejectValue("issueDate", "plan.validation.issueDateAfterEnd",
					new Object[] { VnDates.shortDate(planEnd) }, null);
		}
	}

	private static void refuse(PlanReadiness readiness, BindingResult result) {
		if (readiness.canPublish()) {
			result.rejectValue("publishAnyway", "plan.check.overrideRequired");
		}
		else {
			result.reject("plan.check.blocked");
		}
	}

	private String publishPage(PlanView plan, PlanReadiness readiness, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("plan", plan);
		model.addAttribute("readiness", readiness);
		model.addAttribute("blocking", CheckLine.of(readiness.blocking(), plan.id(), this.messages, locale));
		model.addAttribute("warnings", CheckLine.of(readiness.warnings(), plan.id(), this.messages, locale));
		return "plan/publish";
	}

	@PostMapping("/close")
	String close(@PathVariable Long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
		this.plans.close(id, version, user);
		Flash.success(redirect, "plan.flash.closed");
		return "redirect:/plans/" + id;
	}

	@PostMapping("/copy")
	String copy(@PathVariable Long id, @RequestParam int year, CurrentUser user, RedirectAttributes redirect) {
		var copy = this.plans.copyToNewDraft(id, Math.max(2000, Math.min(year, 2100)), user);
		if (copy.succeeded() + copy.ceased() > 0) {
			Flash.warning(redirect, "plan.flash.copiedWithSuccessors", copy.succeeded(), copy.ceased());
		}
		else {
			Flash.success(redirect, "plan.flash.copied");
		}
		return "redirect:/plans/" + copy.id() + "/edit";
	}

}
