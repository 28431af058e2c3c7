package vn.atgt.thidua.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A PostgreSQL advisory lock held until the current transaction ends, so that among several application
 * instances only one runs a given job at a time; the others skip their turn.
 */
@Component
class JobLock {

	static final long OUTBOX = 0x6F7574626F78L;

	static final long REMINDERS = 0x72656D696E64L;

	private final JdbcClient jdbc;

	JobLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	boolean tryLock(long key) {
		return Boolean.TRUE.equals(
				this.jdbc.sql("select pg_try_advisory_xact_lock(?)").param(key).query(Boolean.class).single());
	}

}
