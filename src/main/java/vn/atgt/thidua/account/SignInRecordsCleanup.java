package vn.atgt.thidua.account;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the sign-in records bounded (ADR 0160, 0162): throttle buckets that are full again and failure windows older
 * than {@code app.security.throttle.failure-retention} (90 days) are deleted in batches of {@value #BATCH}, at most
 * {@value #MAX_BATCHES} batches of each per run, so one run never holds the database long; what is left waits for
 * the next run. Every instance may run it: the deletes skip rows another instance has locked.
 */
@Component
class SignInRecordsCleanup {

	static final int BATCH = 1000;

	static final int MAX_BATCHES = 20;

	private static final Logger log = LoggerFactory.getLogger(SignInRecordsCleanup.class);

	private final SignInThrottle throttle;

	private final SignInFailures failures;

	private final ThrottleProperties properties;

	private final Clock clock;

	SignInRecordsCleanup(SignInThrottle throttle, SignInFailures failures, ThrottleProperties properties,
			Clock clock) {
		this.throttle = throttle;
		this.failures = failures;
		this.properties = properties;
		this.clock = clock;
	}

	/** What one run deleted. */
	record Removed(int buckets, int failureWindows) {
	}

	Removed run() {
		Instant now = this.clock.instant();
		int buckets = 0;
		for (int i = 0; i < MAX_BATCHES; i++) {
			int removed = this.throttle.removeExpired(BATCH);
			buckets += removed;
			if (removed < BATCH) {
				break;
			}
		}
		Instant cutoff = now.minus(this.properties.failureRetention());
		int windows = 0;
		for (int i = 0; i < MAX_BATCHES; i++) {
			int removed = this.failures.removeOlderThan(cutoff, BATCH);
			windows += removed;
			if (removed < BATCH) {
				break;
			}
		}
		if (buckets + windows > 0) {
			log.info("Sign-in records: {} expired throttle buckets and {} failure windows before {} removed", buckets,
					windows, cutoff);
		}
		return new Removed(buckets, windows);
	}

	/** The schedule; tests turn it off ({@code app.security.cleanup-enabled=false}) and call {@link #run()}. */
	@Component
	@ConditionalOnProperty(name = "app.security.cleanup-enabled", havingValue = "true", matchIfMissing = true)
	static class Schedule {

		private final SignInRecordsCleanup cleanup;

		Schedule(SignInRecordsCleanup cleanup) {
			this.cleanup = cleanup;
		}

		@Scheduled(fixedDelayString = "${app.security.cleanup-interval:10m}",
				initialDelayString = "${app.security.cleanup-interval:10m}")
		void run() {
			try {
				this.cleanup.run();
			}
			catch (RuntimeException ex) {
				log.warn("Sign-in records clean-up failed, will try again: {}", ex.toString());
			}
		}

	}

}
