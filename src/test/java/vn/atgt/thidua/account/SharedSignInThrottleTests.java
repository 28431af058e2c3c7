package vn.atgt.thidua.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.atgt.thidua.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application behind a load balancer share one sign-in budget: two throttles, each with its
 * own Bucket4j proxy manager (as two JVMs would have), on the same PostgreSQL (ADR 0160).
 */
@IntegrationTest
class SharedSignInThrottleTests {

	static final ThrottleProperties LIMITS = new ThrottleProperties(20, Duration.ofMinutes(10), 5,
			Duration.ofMinutes(15), 50, Duration.ofHours(1), Duration.ofMinutes(15), Duration.ofDays(90));

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void failuresOnOneInstanceCountOnTheOther() {
		SignInThrottle a = new SignInThrottle(LIMITS, new PostgresBucketStore(this.dataSource));
		SignInThrottle b = new SignInThrottle(LIMITS, new PostgresBucketStore(this.dataSource));
		String name = "chung-" + UUID.randomUUID();
		String address = "10.1.0." + (int) (Math.random() * 250);
		for (int i = 0; i < 5; i++) {
			assertThat(((i % 2 == 0) ? a : b).check(name, address).allowed()).as("attempt %d", i + 1).isTrue();
			((i % 2 == 0) ? a : b).failed(name, address);
		}
		assertThat(a.check(name, address).allowed()).isFalse();
		assertThat(b.check(name, address).allowed()).isFalse();
		assertThat(b.check(name, address).minutes()).isBetween(1L, 15L);
		assertThat(this.jdbc.queryForObject("select count(*) from sign_in_bucket where id = ?", Integer.class,
				"p|" + name + "|" + address)).isEqualTo(1);

		b.succeeded(name, address);
		assertThat(a.check(name, address).allowed()).isTrue();
	}

	@Test
	void concurrentFailuresOnBothInstancesSpendOneBudgetExactly() throws Exception {
		SignInThrottle a = new SignInThrottle(LIMITS, new PostgresBucketStore(this.dataSource));
		SignInThrottle b = new SignInThrottle(LIMITS, new PostgresBucketStore(this.dataSource));
		String address = "10.2." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		List<Callable<Void>> attempts = new ArrayList<>();
		for (int i = 0; i < 19; i++) {
			SignInThrottle instance = (i % 2 == 0) ? a : b;
			String name = "doan-" + i + "-" + UUID.randomUUID();
			attempts.add(() -> {
				instance.failed(name, address);
				return null;
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			for (Future<Void> attempt : pool.invokeAll(attempts)) {
				attempt.get();
			}
		}
		finally {
			pool.shutdown();
		}
		String another = "khac-" + UUID.randomUUID();
		assertThat(a.check(another, address).allowed()).as("19 of 20 spent").isTrue();
		b.failed(another, address);
		assertThat(a.check("nua-" + UUID.randomUUID(), address).allowed()).as("20 of 20 spent").isFalse();
		assertThat(b.check("nua-" + UUID.randomUUID(), address).allowed()).isFalse();
	}

}
