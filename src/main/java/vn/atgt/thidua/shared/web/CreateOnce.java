package vn.atgt.thidua.shared.web;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Runs a create that is keyed (a one-time form token, or a natural key such as one dossier per plan and agency)
 * so that concurrent identical requests give one record: the request that lost the race to the unique index
 * runs the create again in a new transaction, which now finds the winner's record and answers with it.
 */
public final class CreateOnce {

	private CreateOnce() {
	}

	public static <T> T run(Supplier<T> create) {
		try {
			return create.get();
		}
		catch (DataIntegrityViolationException raced) {
			if (!isUniqueViolation(raced)) {
				throw raced;
			}
			return create.get();
		}
	}

	/** SQLSTATE 23505: a unique index refused a second row with the same key. */
	public static boolean isUniqueViolation(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
