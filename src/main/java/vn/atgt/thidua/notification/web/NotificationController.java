package vn.atgt.thidua.notification.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.notification.Notifications;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** The signed-in user's notifications: the bell's count, the list, opening one and marking all read. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		model.addAttribute("notifications", this.notifications.list(user, PageRequest.of(Math.max(page, 0), 20)));
		model.addAttribute("unread", this.notifications.unreadCount(user));
		return "notification/list";
	}

	/** The bell's badge, loaded by htmx so that pages do not pay for it. */
	@GetMapping("/badge")
	String badge(CurrentUser user, Model model) {
		model.addAttribute("unread", this.notifications.unreadCount(user));
		return "notification/bell :: badge";
	}

	@PostMapping("/{id}/open")
	String open(@PathVariable Long id, CurrentUser user) {
		String link = this.notifications.open(id, user);
		return "redirect:" + (link == null ? "/notifications" : link);
	}

	@PostMapping("/read-all")
	String markAllRead(CurrentUser user, RedirectAttributes redirect) {
		Flash.success(redirect, "notification.flash.allRead", this.notifications.markAllRead(user));
		return "redirect:/notifications";
	}

}
