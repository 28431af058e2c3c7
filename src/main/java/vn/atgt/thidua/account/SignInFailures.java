package vn.atgt.thidua.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins counted per typed user name, client address and time window: a guessing run adds one row per
 * window, not one per attempt, so the record stays bounded (ADR 0130).
 */
@Repository
class SignInFailures {

	private final JdbcTemplate jdbc;

	SignInFailures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts one failure and returns the window's count so far (1 for the first failure of a window). */
	int count(String usernameKey, String address, Instant now, Duration window) {
		long size = window.toMillis();
		Instant start = Instant.ofEpochMilli(now.toEpochMilli() / size * size);
		Integer failures = this.jdbc.queryForObject("""
				insert into sign_in_failure (username_key, address, window_start, failures, last_at)
				values (?, ?, ?, 1, ?)
				on conflict (username_key, address, window_start)
				do update set failures = sign_in_failure.failures + 1, last_at = excluded.last_at
				returning failures
				""", Integer.class, usernameKey, address, Timestamp.from(start), Timestamp.from(now));
		return failures == null ? 1 : failures;
	}

	/** Failures recorded for a user name from an address (all windows). */
	int total(String usernameKey, String address) {
		Integer total = this.jdbc.queryForObject(
				"select coalesce(sum(failures), 0) from sign_in_failure where username_key = ? and address = ?",
				Integer.class, usernameKey, address);
		return total == null ? 0 : total;
	}

	/** Deletes at most {@code limit} windows that started before {@code cutoff}; returns how many. */
	int removeOlderThan(Instant cutoff, int limit) {
		return this.jdbc.update("""
				delete from sign_in_failure where (username_key, address, window_start) in (
				  select username_key, address, window_start from sign_in_failure where window_start < ? limit ?)
				""", Timestamp.from(cutoff), limit);
	}

	int rows(String usernameKey, String address) {
		Integer rows = this.jdbc.queryForObject(
				"select count(*) from sign_in_failure where username_key = ? and address = ?", Integer.class,
				usernameKey, address);
		return rows == null ? 0 : rows;
	}

}
