package vn.atgt.thidua.notification.web;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.notification.Outbox;
import vn.atgt.thidua.shared.security.CurrentUser;
import vn.atgt.thidua.shared.web.Flash;

/** The administrator's view of the e-mail outbox: what waits, what went, what failed and why; send now; retry. */
@Controller
@RequestMapping("/admin/outbox")
@PreAuthorize("hasRole('ADMIN')")
class OutboxController {

	private final Outbox outbox;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Clock clock;

	OutboxController(Outbox outbox, ObjectProvider<JavaMailSender> mailSender, Clock clock) {
		this.outbox = outbox;
		this.mailSender = mailSender;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		String filter = switch (status == null ? "" : status) {
			case "PENDING", "SENDING", "SENT", "FAILED" -> status;
			default -> "";
		};
		model.addAttribute("mails", this.outbox.list(filter, PageRequest.of(Math.max(page, 0), 25)));
		model.addAttribute("counts", this.outbox.countsByStatus());
		model.addAttribute("status", filter);
		model.addAttribute("smtpConfigured", this.mailSender.getIfAvailable() != null);
		return "notification/outbox";
	}

	@PostMapping("/send")
	String sendNow(RedirectAttributes redirect) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			Flash.warning(redirect, "notification.outbox.noSmtp");
		}
		else {
			Outbox.DrainResult result = this.outbox.drain(sender, this.clock.instant());
			Flash.success(redirect, "notification.outbox.flash.sent", result.sent(), result.retried(), result.failed());
		}
		return "redirect:/admin/outbox";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable Long id, CurrentUser user, RedirectAttributes redirect) {
		this.outbox.retry(id, user);
		Flash.success(redirect, "notification.outbox.flash.retry");
		return "redirect:/admin/outbox";
	}

}
