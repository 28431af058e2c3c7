package vn.atgt.thidua.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * Bucket4j's generic select-for-update proxy manager over the {@code sign_in_bucket} table: every instance that
 * reads and takes tokens from a bucket locks its row, so all instances share one budget (ADR 0160). Each command is
 * its own short transaction on a connection of its own, whatever transaction the caller is in. (Bucket4j's ready
 * PostgreSQL module, {@code bucket4j_jdk17-postgresql}, is not published for 8.16.0; this is the same design on the
 * proxy manager of {@code bucket4j_jdk17-core}.)
 */
final class PostgresBucketStore extends AbstractSelectForUpdateBasedProxyManager<String> {

	/** The longest key: "p|" + a name of 100 characters + "|" + an address. */
	static final int MAX_KEY = 300;

	private static final String SELECT = "select state from sign_in_bucket where id = ? for update";

	private static final String INSERT = "insert into sign_in_bucket (id, state, expires_at) values (?, null, null) "
			+ "on conflict (id) do nothing";

	private static final String UPDATE = "update sign_in_bucket set state = ?, expires_at = ? where id = ?";

	private static final String DELETE = "delete from sign_in_bucket where id = ?";

	private static final String DELETE_EXPIRED = """
			delete from sign_in_bucket where id in (
			  select id from sign_in_bucket where expires_at < ? order by expires_at limit ? for update skip locked)
			""";

	private final DataSource dataSource;

	/**
	 * A row expires when its bucket would be full again (plus a margin), so deleting it changes nothing: a new
	 * bucket starts full.
	 */
	PostgresBucketStore(DataSource dataSource) {
		super(ClientSideConfig.getDefault()
			.withExpirationAfterWriteStrategy(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1))));
		this.dataSource = dataSource;
	}

	@Override
	public boolean isExpireAfterWriteSupported() {
		return true;
	}

	@Override
	protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
		String id = key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
		Connection connection;
		try {
			connection = this.dataSource.getConnection();
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("No connection for the sign-in throttle", ex);
		}
		return new SelectForUpdateBasedTransaction() {

			@Override
			public void begin(Optional<Long> timeout) {
				run(() -> connection.setAutoCommit(false));
			}

			@Override
			public LockAndGetResult tryLockAndGet(Optional<Long> timeout) {
				return call(() -> {
					try (PreparedStatement select = connection.prepareStatement(SELECT)) {
						applyTimeout(select, timeout);
						select.setString(1, id);
						try (ResultSet row = select.executeQuery()) {
							return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
						}
					}
				});
			}

			@Override
			public boolean tryInsertEmptyData(Optional<Long> timeout) {
				return call(() -> {
					try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
						applyTimeout(insert, timeout);
						insert.setString(1, id);
						return insert.executeUpdate() > 0;
					}
				});
			}

			@Override
			public void update(byte[] data, RemoteBucketState newState, Optional<Long> timeout) {
				run(() -> {
					try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
						applyTimeout(update, timeout);
						update.setBytes(1, data);
						Optional<ExpirationAfterWriteStrategy> expiration = getClientSideConfig()
							.getExpirationAfterWriteStrategy();
						if (expiration.isPresent()) {
							long ttl = expiration.get().calculateTimeToLiveMillis(newState, currentTimeNanos());
							update.setLong(2, currentTimeNanos() / 1_000_000 + ttl);
						}
						else {
							update.setNull(2, Types.BIGINT);
						}
						update.setString(3, id);
						update.executeUpdate();
					}
				});
			}

			@Override
			public void commit(Optional<Long> timeout) {
				run(connection::commit);
			}

			@Override
			public void rollback() {
				run(connection::rollback);
			}

			@Override
			public void release() {
				run(connection::close);
			}

		};
	}

	@Override
	public void removeProxy(String key) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement delete = connection.prepareStatement(DELETE)) {
			delete.setString(1, key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key);
			delete.executeUpdate();
		}
		catch (SQLException ex) {
			throw new UncategorizedSQLException("Sign-in throttle", DELETE, ex);
		}
	}

	/** Deletes at most {@code limit} rows whose buckets are full again; returns how many. */
	int removeExpired(long nowMillis, int limit) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement delete = connection.prepareStatement(DELETE_EXPIRED)) {
			delete.setLong(1, nowMillis);
			delete.setInt(2, limit);
			return delete.executeUpdate();
		}
		catch (SQLException ex) {
			throw new UncategorizedSQLException("Sign-in throttle", DELETE_EXPIRED, ex);
		}
	}

	private interface SqlRun {

		void run() throws SQLException;

	}

	private interface SqlCall<T> {

		T call() throws SQLException;

	}

	private static void run(SqlRun work) {
		call(() -> {
			work.run();
			return null;
		});
	}

	private static <T> T call(SqlCall<T> work) {
		try {
			return work.call();
		}
		catch (SQLException ex) {
			// the SQLException stays the cause: an unreachable database (SQLSTATE 08…) still gets the outage page
			throw new UncategorizedSQLException("Sign-in throttle", null, ex);
		}
	}

}
