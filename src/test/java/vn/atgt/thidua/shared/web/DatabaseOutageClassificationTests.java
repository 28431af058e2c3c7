package vn.atgt.thidua.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;

/**
 * A request that started during an outage can fail only after the database is back, on the connection the outage
 * broke (seen on a fresh clone: a rollback "against" a closed Hikari connection answered 500 instead of 503).
 */
class DatabaseOutageClassificationTests {

	@Test
	void aFailureOnABrokenConnectionRightAfterAnOutageIsThatOutage() {
		assertThat(DatabaseOutage.isCause(new CannotGetJdbcConnectionException("down"))).isTrue();
		JpaSystemException rollbackOnClosedConnection = new JpaSystemException(new RuntimeException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
		assertThat(DatabaseOutage.isCause(rollbackOnClosedConnection)).isTrue();
	}

	@Test
	void aRollbackOnAConnectionThePoolClosedIsAnOutageEvenWhenNothingElseWasSeen() {
		// seen on a fresh clone: the session read failed on a terminated connection, the rollback then failed on the
		// closed connection and overrode the first failure, so the request answered 500
		DatabaseOutage.forget();
		JpaSystemException rollback = new JpaSystemException(new org.hibernate.TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
		assertThat(DatabaseOutage.isCause(rollback)).isTrue();
		DatabaseOutage.forget();
		JpaSystemException otherRollbackFailure = new JpaSystemException(new org.hibernate.TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("something else", "XX000")));
		assertThat(DatabaseOutage.isCause(otherRollbackFailure)).isFalse();
	}

	@Test
	void aConstraintViolationIsNeverAnOutage() {
		assertThat(DatabaseOutage.isCause(new CannotGetJdbcConnectionException("down"))).isTrue();
		JpaSystemException duplicate = new JpaSystemException(new RuntimeException("insert failed",
				new SQLException("duplicate key value violates unique constraint", "23505")));
		assertThat(DatabaseOutage.isCause(duplicate)).isFalse();
	}

	@Test
	void aConnectionStateNamesTheOutageWhateverCameBefore() {
		assertThat(DatabaseOutage.isCause(new SQLException("terminating connection due to administrator command",
				"57P01"))).isTrue();
		assertThat(DatabaseOutage.isCause(new IllegalStateException("a plain bug"))).isFalse();
	}

	@Test
	void theErrorPageOfAnOutageThatFailsInItsTurnIsStillTheOutage() {
		DatabaseOutage.forget();
		org.springframework.mock.web.MockHttpServletRequest errorPage = new org.springframework.mock.web.MockHttpServletRequest();
		errorPage.setDispatcherType(jakarta.servlet.DispatcherType.ERROR);
		errorPage.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION,
				new SQLException("terminating connection due to administrator command", "57P01"));
		assertThat(OutageFilter.outageBeingShown(errorPage)).isTrue();
		errorPage.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("a bug"));
		assertThat(OutageFilter.outageBeingShown(errorPage)).isFalse();
		org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
		request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION,
				new SQLException("terminating connection due to administrator command", "57P01"));
		assertThat(OutageFilter.outageBeingShown(request)).as("only the error dispatch").isFalse();
		DatabaseOutage.forget();
	}

}
