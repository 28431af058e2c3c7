package vn.atgt.thidua.notification.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.notification.NotificationProperties;
import vn.atgt.thidua.notification.PlanReminderSettings;
import vn.atgt.thidua.plan.PlanDirectory;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** The office sets a plan's own reminder days before each deadline and overdue interval. */
@Controller
@RequestMapping("/plans/{planId}/reminders")
@PreAuthorize("hasRole('OFFICE')")
class PlanReminderController {

	private final PlanReminderSettings settings;

	private final PlanDirectory plans;

	private final NotificationProperties properties;

	PlanReminderController(PlanReminderSettings settings, PlanDirectory plans, NotificationProperties properties) {
		this.settings = settings;
		this.plans = plans;
		this.properties = properties;
	}

	@GetMapping
	String form(@PathVariable Long planId, Model model) {
		PlanReminderSettings.Schedule schedule = this.settings.effective(planId);
		PlanReminderForm form = new PlanReminderForm();
		form.setDaysBefore(schedule.daysBeforeText());
		form.setOverdueEveryDays(String.valueOf(schedule.overdueEveryDays()));
		model.addAttribute("form", form);
		return page(planId, schedule, model);
	}

	@PostMapping
	String save(@PathVariable Long planId, @ModelAttribute("form") PlanReminderForm form, BindingResult errors,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		List<Integer> days = form.parsedDaysBefore();
		Integer overdue = form.parsedOverdueEveryDays();
		if (days == null) {
			errors.rejectValue("daysBefore", "notification.planReminders.error.daysBefore");
		}
		if (overdue == null) {
			errors.rejectValue("overdueEveryDays", "notification.planReminders.error.overdueEveryDays");
		}
		if (errors.hasErrors()) {
			return page(planId, this.settings.effective(planId), model);
		}
		this.settings.save(planId, days, overdue, user);
		Flash.success(redirect, "notification.planReminders.flash.saved");
		return "redirect:/plans/" + planId + "/reminders";
	}

	private String page(Long planId, PlanReminderSettings.Schedule schedule, Model model) {
		model.addAttribute("plan", this.plans.facts(planId));
		model.addAttribute("schedule", schedule);
		model.addAttribute("global", this.properties);
		return "notification/plan-reminders";
	}

}
