package dev.reviewbatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Keeps a second run off a store while one is running. An H2 file store is locked by H2
 * itself when the first run opens it; a PostgreSQL store takes a session-level advisory
 * lock, held on one connection until {@link #close()}. Acquire it before recovering or
 * starting jobs: on H2 it also finishes the commits a killed run left half-done
 * ({@link H2LeftoverCommits}), which would otherwise lock their rows for good.
 */
public final class StoreLock implements AutoCloseable {

	/** Arbitrary but fixed: "reviewbatch" in a 64-bit key. */
	static final long ADVISORY_KEY = 0x7265766965776200L;

	private final Connection connection;

	private final String unlock;

	private StoreLock(Connection connection, String unlock) {
		this.connection = connection;
		this.unlock = unlock;
	}

	/** Takes the lock, or throws {@link StoreBusyException} when another run holds it. */
	public static StoreLock acquire(DataSource dataSource) {
		return acquire(dataSource, "pg_try_advisory_lock", "pg_advisory_unlock");
	}

	/**
	 * Takes the lock in shared mode, for a multi-account run: its partitions hold their
	 * accounts ({@link AccountLock}) and the store in shared mode too, so only a run that
	 * takes the store exclusively is kept off. On H2 the same as {@link #acquire}.
	 */
	public static StoreLock acquireShared(DataSource dataSource) {
		return acquire(dataSource, "pg_try_advisory_lock_shared", "pg_advisory_unlock_shared");
	}

	private static StoreLock acquire(DataSource dataSource, String lock, String unlock) {
		try {
			Connection connection = dataSource.getConnection();
			if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
				try {
					H2LeftoverCommits.finish(connection);
				}
				catch (RuntimeException | SQLException ex) {
					connection.close();
					throw ex;
				}
				return new StoreLock(connection, null);
			}
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT " + lock + "(" + ADVISORY_KEY + ")")) {
				if (rs.next() && rs.getBoolean(1)) {
					return new StoreLock(connection, unlock);
				}
			}
			connection.close();
			throw new StoreBusyException("the store is in use by another reviewbatch run; try again when it ends");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot open the store: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Releases the lock: explicitly, since a pooled connection's session outlives its
	 * {@code close()}.
	 */
	@Override
	public void close() {
		try (Connection held = connection) {
			if (unlock != null) {
				try (Statement statement = held.createStatement()) {
					statement.execute("SELECT " + unlock + "(" + ADVISORY_KEY + ")");
				}
			}
		}
		catch (SQLException ex) {
			// closing the session releases a PostgreSQL advisory lock either way
		}
	}

	/** Another run holds the store. */
	public static class StoreBusyException extends RuntimeException {

		public StoreBusyException(String message) {
			super(message);
		}

	}

}
