package vn.atgt.thidua.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.atgt.thidua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled clean-up keeps the sign-in records bounded: failure windows older than the retention (90 days) and
 * throttle buckets that are full again go, in bounded batches; recent windows and live buckets stay (ADR 0160, 0162).
 */
@IntegrationTest
class SignInRecordsCleanupTests {

	@Autowired
	SignInRecordsCleanup cleanup;

	@Autowired
	SignInFailures failures;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	ThrottleProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void failureWindowsOlderThanTheRetentionAreDeletedRecentOnesKept() {
		assertThat(this.properties.failureRetention()).isEqualTo(Duration.ofDays(90));
		String name = "cu-" + UUID.randomUUID();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		window(name, now.minus(91, ChronoUnit.DAYS));
		window(name, now.minus(120, ChronoUnit.DAYS));
		window(name, now.minus(89, ChronoUnit.DAYS));
		window(name, now.minus(1, ChronoUnit.HOURS));

		SignInRecordsCleanup.Removed removed = this.cleanup.run();

		assertThat(removed.failureWindows()).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.queryForList("select window_start from sign_in_failure where username_key = ? order by 1",
				Timestamp.class, name))
			.extracting(Timestamp::toInstant)
			.containsExactly(now.minus(89, ChronoUnit.DAYS), now.minus(1, ChronoUnit.HOURS));
	}

	@Test
	void oneDeleteTakesAtMostItsBatch() {
		String name = "nhieu-" + UUID.randomUUID();
		Instant old = this.clock.instant().minus(200, ChronoUnit.DAYS);
		for (int i = 0; i < 25; i++) {
			window(name, old.minus(i, ChronoUnit.HOURS));
		}
		assertThat(this.failures.removeOlderThan(old.plusSeconds(1), 10)).isEqualTo(10);
		assertThat(this.failures.rows(name, "10.9.9.9")).isEqualTo(15);
		this.cleanup.run();
		assertThat(this.failures.rows(name, "10.9.9.9")).isZero();
	}

	@Test
	void bucketsThatAreFullAgainAreDeletedLiveOnesKept() {
		String name = "xo-" + UUID.randomUUID();
		String address = "10.8.0.1";
		this.throttle.failed(name, address);
		String expired = "a|het-han-" + UUID.randomUUID();
		this.jdbc.update("insert into sign_in_bucket (id, state, expires_at) values (?, null, ?)", expired,
				System.currentTimeMillis() - 1000);

		this.cleanup.run();

		assertThat(this.jdbc.queryForObject("select count(*) from sign_in_bucket where id = ?", Integer.class,
				expired)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from sign_in_bucket where id in (?, ?)", Integer.class,
				"p|" + name + "|" + address, "u|" + name)).isEqualTo(2);
		assertThat(this.throttle.check(name, address).allowed()).isTrue();
	}

	private void window(String name, Instant start) {
		this.jdbc.update("""
				insert into sign_in_failure (username_key, address, window_start, failures, last_at)
				values (?, '10.9.9.9', ?, 3, ?)""", name, Timestamp.from(start), Timestamp.from(start));
	}

}
