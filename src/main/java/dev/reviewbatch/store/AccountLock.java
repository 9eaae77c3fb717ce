package dev.reviewbatch.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

/**
 * Keeps two runs off one account of a shared store, while runs of other accounts go on
 * beside them: the lock a multi-account run's partition holds while it imports its
 * account. In this process, the account is held in {@code held} (one per store); on
 * PostgreSQL also a session-level advisory lock on the account, and the store's lock
 * ({@link StoreLock}) in shared mode, so a single-store run (which takes that lock
 * exclusively) and the partitions of a multi-account run refuse each other. Both are held
 * on one connection until {@link #close()}, which releases them; a process that dies
 * loses its connection, and PostgreSQL releases its locks with it.
 */
public final class AccountLock implements AutoCloseable {

	private final Set<String> held;

	private final String account;

	private final Connection connection;

	private final boolean postgres;

	private AccountLock(Set<String> held, String account, Connection connection, boolean postgres) {
		this.held = held;
		this.account = account;
		this.connection = connection;
		this.postgres = postgres;
	}

	/** The accounts held in this process, for one store: share it among its locks. */
	public static Set<String> heldInThisProcess() {
		return ConcurrentHashMap.newKeySet();
	}

	/**
	 * Takes the account's lock, or throws {@link StoreLock.StoreBusyException} naming the
	 * account when another run holds it (or holds the whole store).
	 */
	public static AccountLock acquire(DataSource dataSource, Set<String> held, String account) {
		return acquire(dataSource, held, account,
				"the account '" + account + "' is being imported by another reviewbatch run; try again when it ends");
	}

	/**
	 * Takes the lock of one multi-account run (of one folder of accounts), or throws
	 * {@link StoreLock.StoreBusyException} when another run of the folder is going on.
	 */
	public static AccountLock acquireRun(DataSource dataSource, Set<String> held, String folder) {
		return acquire(dataSource, held, "run " + folder,
				"the accounts of " + folder + " are being imported by another reviewbatch run; try again when it ends");
	}

	private static AccountLock acquire(DataSource dataSource, Set<String> held, String account, String busy) {
		if (!held.add(account)) {
			throw new StoreLock.StoreBusyException(busy);
		}
		Connection connection = null;
		try {
			connection = dataSource.getConnection();
			if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
				if (!call(connection, "pg_try_advisory_lock_shared(?)", StoreLock.ADVISORY_KEY)) {
					throw new StoreLock.StoreBusyException(
							"the store is in use by another reviewbatch run; try again when it ends");
				}
				if (!call(connection, "pg_try_advisory_lock(?)", key(account))) {
					call(connection, "pg_advisory_unlock_shared(?)", StoreLock.ADVISORY_KEY);
					throw new StoreLock.StoreBusyException(busy);
				}
				return new AccountLock(held, account, connection, true);
			}
			// H2: one process has the file; this process's set is the whole lock
			connection.close();
			return new AccountLock(held, account, null, false);
		}
		catch (SQLException | RuntimeException ex) {
			held.remove(account);
			closeQuietly(connection);
			if (ex instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("cannot open the store: " + ex.getMessage(), ex);
		}
	}

	/** The account's advisory lock key: a 64-bit FNV-1a hash of its name. */
	static long key(String account) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : ("reviewbatch account " + account).getBytes(StandardCharsets.UTF_8)) {
			hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
		}
		return hash;
	}

	private static boolean call(Connection connection, String function, long key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT " + function)) {
			statement.setLong(1, key);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			if (connection != null) {
				connection.close();
			}
		}
		catch (SQLException ex) {
			// closing the session releases its advisory locks either way
		}
	}

	/**
	 * Releases both locks: explicitly, since a pooled connection's session outlives its
	 * {@code close()}.
	 */
	@Override
	public void close() {
		try {
			if (postgres) {
				call(connection, "pg_advisory_unlock(?)", key(account));
				call(connection, "pg_advisory_unlock_shared(?)", StoreLock.ADVISORY_KEY);
			}
		}
		catch (SQLException ex) {
			// the session is gone, and its locks with it
		}
		finally {
			closeQuietly(connection);
			held.remove(account);
		}
	}

}
