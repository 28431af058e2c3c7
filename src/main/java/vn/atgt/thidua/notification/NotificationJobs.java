package vn.atgt.thidua.notification;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled jobs: drain the outbox (only when SMTP is configured through {@code spring.mail.*}; otherwise mails
 * wait, visible at /admin/outbox) and send the day's reminders. Each takes a database lock, so one instance runs it.
 */
@Component
class NotificationJobs {

	private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);

	private final Outbox outbox;

	private final Reminders reminders;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final NotificationProperties properties;

	private final Clock clock;

	NotificationJobs(Outbox outbox, Reminders reminders, ObjectProvider<JavaMailSender> mailSender,
			NotificationProperties properties, Clock clock) {
		this.outbox = outbox;
		this.reminders = reminders;
		this.mailSender = mailSender;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${app.notification.outbox-initial-delay:PT30S}",
			fixedDelayString = "${app.notification.outbox-delay:PT1M}")
	void drainOutbox() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (!this.properties.jobsEnabled() || sender == null) {
			return;
		}
		Outbox.DrainResult result = this.outbox.drain(sender, this.clock.instant());
		if (result.sent() + result.retried() + result.failed() > 0) {
			log.info("Outbox: {} sent, {} to retry, {} failed", result.sent(), result.retried(), result.failed());
		}
	}

	@Scheduled(initialDelayString = "${app.notification.reminder-initial-delay:PT1M}",
			fixedDelayString = "${app.notification.reminder-delay:PT1H}")
	void sendReminders() {
		if (!this.properties.jobsEnabled()) {
			return;
		}
		Reminders.RunResult result = this.reminders.runToday();
		if (result.sent() > 0) {
			log.info("Reminders: {} sent", result.sent());
		}
	}

}
