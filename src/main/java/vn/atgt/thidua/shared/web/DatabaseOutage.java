package vn.atgt.thidua.shared.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by the database being unreachable (stopped, restarting, network gone) from any other: the
 * first is answered with the 503 "try again" page, the second stays a 500. The cause chain is walked because the
 * same outage surfaces as a Spring, a Hibernate or a plain JDBC exception depending on where it was noticed.
 */
public final class DatabaseOutage {

	/** How long after an outage was seen a failure on a broken connection still counts as that outage. */
	static final long AFTERMATH_MILLIS = 30_000;

	private static volatile long lastSeen = Long.MIN_VALUE / 2;

	private DatabaseOutage() {
	}

	/**
	 * An outage, or — shortly after one was seen — a failure on a connection the outage broke ("Connection is
	 * closed", a rollback that could not reach the server) that is noticed only once the database answers again.
	 */
	public static boolean isCause(Throwable failure) {
		if (namesTheConnection(failure)) {
			lastSeen = System.currentTimeMillis();
			return true;
		}
		return System.currentTimeMillis() - lastSeen < AFTERMATH_MILLIS && brokenConnection(failure);
	}

	private static boolean brokenConnection(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql) {
				String state = sql.getSQLState();
				// a constraint or a serialization failure is the application's, whatever happened before
				return state == null || !(state.startsWith("23") || state.startsWith("40"));
			}
			if (t.getClass().getName().equals("org.hibernate.TransactionException")) {
				return true;
			}
		}
		return false;
	}

	private static boolean namesTheConnection(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CannotCreateTransactionException || t instanceof CannotGetJdbcConnectionException
					|| t instanceof DataAccessResourceFailureException
					|| t instanceof SQLTransientConnectionException
					|| t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
			if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
				return true;
			}
			// a rollback that could not run because the pool had already closed the connection: the connection broke
			// (the failure that broke it was overridden by this one, so nothing else names it); an application error
			// such as a constraint violation never closes the connection
			if (t.getClass().getName().equals("org.hibernate.TransactionException")
					&& closedConnection(t.getCause())) {
				return true;
			}
			// the connection broke mid-transaction: the rollback failed too, and the failure that caused it is the
			// "application exception", not the cause
			if (t instanceof org.springframework.transaction.TransactionSystemException system
					&& system.getApplicationException() != null
					&& namesTheConnection(system.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	private static boolean closedConnection(Throwable cause) {
		return cause instanceof SQLException sql && sql.getSQLState() == null
				&& "Connection is closed".equals(sql.getMessage());
	}

	/** Forgets the last outage seen (tests of the classification only). */
	static void forget() {
		lastSeen = Long.MIN_VALUE / 2;
	}

	/** SQLSTATE class 08 (connection exception) and 57P01–57P03 (admin/crash shutdown, cannot connect now). */
	static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
				|| state.equals("57P03"));
	}

}
