package dev.reviewbatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Keeps a second run off a store while one is running. An H2 file store is locked by H2
 * itself when the first run opens it; a PostgreSQL store takes a session-level advisory
 * lock, held on one connection until {@link #close()}, which unlocks it before the
 * connection goes back to the pool (a pooled session outlives the connection handle; a
 * lock left on it would make this process's next acquire on another connection fail).
 * Acquire it before recovering or starting jobs: on H2 it also finishes the commits a
 * killed run left half-done ({@link H2LeftoverCommits}), which would otherwise lock their
 * rows for good.
 */
public final class StoreLock implements AutoCloseable {

	/** Arbitrary but fixed: "reviewbatch" in a 64-bit key. */
	private static final long ADVISORY_KEY = 0x7265766965776200L;

	private final Connection connection;

	private final boolean advisory;

	private StoreLock(Connection connection, boolean advisory) {
		this.connection = connection;
		this.advisory = advisory;
	}

	/** Takes the lock, or throws {@link StoreBusyException} when another run holds it. */
	public static StoreLock acquire(DataSource dataSource) {
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
				return new StoreLock(connection, false);
			}
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT pg_try_advisory_lock(" + ADVISORY_KEY + ")")) {
				if (rs.next() && rs.getBoolean(1)) {
					return new StoreLock(connection, true);
				}
			}
			connection.close();
			throw new StoreBusyException("the store is in use by another reviewbatch run; try again when it ends");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot open the store: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() {
		try {
			if (advisory) {
				unlock();
			}
		}
		catch (SQLException ex) {
			// a session that ended or broke has released its advisory lock already
		}
		finally {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// nothing is held on a connection that cannot be closed
			}
		}
	}

	private void unlock() throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_advisory_unlock(" + ADVISORY_KEY + ")");
		}
	}

	/** Another run holds the store. */
	public static class StoreBusyException extends RuntimeException {

		public StoreBusyException(String message) {
			super(message);
		}

	}

}
