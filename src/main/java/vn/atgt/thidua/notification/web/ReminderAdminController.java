package vn.atgt.thidua.notification.web;

import java.time.LocalDate;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.notification.NotificationProperties;
import vn.atgt.thidua.notification.Reminders;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.time.VnDates;
import vn.atgt.thidua.shared.web.Flash;

/** Reminders sent so far, the settings, and "run now" (optionally as of another date, to rehearse a deadline). */
@Controller
@RequestMapping("/admin/reminders")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICE')")
class ReminderAdminController {

	private final Reminders reminders;

	private final NotificationProperties properties;

	private final java.time.Clock clock;

	ReminderAdminController(Reminders reminders, NotificationProperties properties,
			java.time.Clock clock) {
		this.reminders = reminders;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Long planId,
			Model model) {
		model.addAttribute("reminders", this.reminders.recent(planId, PageRequest.of(Math.max(page, 0), 25)));
		model.addAttribute("kinds", this.reminders.kinds());
		model.addAttribute("settings", this.properties);
		model.addAttribute("today", VnDates.today(this.clock));
		return "notification/reminders";
	}

	@PostMapping("/run")
	String runNow(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			CurrentUser user, RedirectAttributes redirect) {
		LocalDate date = asOf == null ? VnDates.today(this.clock) : asOf;
		Reminders.RunResult result = this.reminders.runNow(date, user);
		if (result.ran()) {
			Flash.success(redirect, "notification.reminders.flash.ran", result.sent(), VnDates.shortDate(date));
		}
		else {
			Flash.warning(redirect, "notification.reminders.flash.busy");
		}
		return "redirect:/admin/reminders";
	}

}
