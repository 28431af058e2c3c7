package vn.atgt.thidua.notification;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of notifications, the outbox and reminders ({@code app.notification.*}).
 * @param jobsEnabled whether the scheduled jobs run (tests turn them off and call them directly)
 * @param baseUrl the address the e-mails link to
 * @param from the sender address of the e-mails
 * @param maxAttempts attempts before a mail is marked FAILED
 * @param firstRetry wait after the first failure; doubled after each further failure, up to {@code maxRetry}
 * @param sendingLease a mail claimed longer ago than this (the sender died) goes back to PENDING
 * @param batchSize mails claimed per run
 * @param daysBefore reminders this many days before each deadline
 * @param overdueEveryDays after the deadline, one reminder every this many days while not submitted
 */
@ConfigurationProperties("app.notification")
public record NotificationProperties(@DefaultValue("true") boolean jobsEnabled,
		@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("khongtraloi@bangiaothong.langson.gov.vn") String from, @DefaultValue("8") int maxAttempts,
		@DefaultValue("PT1M") Duration firstRetry, @DefaultValue("PT6H") Duration maxRetry,
		@DefaultValue("PT15M") Duration sendingLease, @DefaultValue("50") int batchSize,
		@DefaultValue({ "7", "3", "1" }) List<Integer> daysBefore, @DefaultValue("7") int overdueEveryDays) {

	/** Wait before the next attempt after {@code attempts} failures: first, 2×first, 4×first… capped. */
	public Duration backoff(int attempts) {
		Duration wait = this.firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return wait.compareTo(this.maxRetry) > 0 ? this.maxRetry : wait;
	}

}
