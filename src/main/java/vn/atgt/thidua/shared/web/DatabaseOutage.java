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

	private DatabaseOutage() {
	}

	public static boolean isCause(Throwable failure) {
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
			// the connection broke mid-transaction: the rollback failed too, and the failure that caused it is the
			// "application exception", not the cause
			if (t instanceof org.springframework.transaction.TransactionSystemException system
					&& system.getApplicationException() != null && isCause(system.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	/** SQLSTATE class 08 (connection exception) and 57P01–57P03 (admin/crash shutdown, cannot connect now). */
	static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
				|| state.equals("57P03"));
	}

}
