package dev.reviewbatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The store's schema: Flyway migrations in {@code db/migration}, applied when the store
 * opens. A store that holds reviewbatch's tables but no Flyway history was written by a
 * version before the schema was versioned, and one of schema version 1 by a version
 * before viewings and rating events were kept under integer ids; their keys and tables
 * differ, so each is refused with one line saying what to do rather than migrated.
 */
public final class StoreSchema {

	/** The line a store written by an earlier version is refused with. */
	public static final String UNVERSIONED = "this store was written by an earlier version of reviewbatch "
			+ "(its schema has no version); re-import your exports into a new --out";

	/** The line a store of schema version 1 is refused with. */
	public static final String VERSION_1 = "this store was written by an earlier version of reviewbatch "
			+ "(schema version 1, text keys); re-import your exports into a new --out";

	private StoreSchema() {
	}

	/**
	 * How long (ms) H2 keeps a chunk it no longer needs before reusing its space. H2's
	 * default (45 s) lets the file of a long import grow to many times its data; 0 has
	 * open corruption reports (h2database#2752, #4083), so a small non-zero value.
	 * Persistent in the store.
	 */
	static final int H2_RETENTION_MILLIS = 1000;

	/**
	 * Refuses an unversioned store, else migrates it to the latest version, then applies
	 * the H2 settings.
	 */
	public static void migrate(Flyway flyway) {
		DataSource dataSource = flyway.getConfiguration().getDataSource();
		refuseUnversioned(dataSource);
		flyway.migrate();
		applyH2Settings(dataSource);
	}

	private static void applyH2Settings(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			if (connection.getMetaData().getDatabaseProductName().equals("H2")) {
				try (java.sql.Statement statement = connection.createStatement()) {
					statement.execute("SET RETENTION_TIME " + H2_RETENTION_MILLIS);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot apply the store's settings: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A fresh store or one of any version, migrated (for tests and tools outside the
	 * application context).
	 */
	public static void migrate(DataSource dataSource) {
		migrate(Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load());
	}

	static void refuseUnversioned(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			if (hasTable(connection, "viewing") && !hasTable(connection, "flyway_schema_history")) {
				throw new UnversionedStoreException(UNVERSIONED);
			}
			if (hasTable(connection, "flyway_schema_history") && hasVersion1(connection)) {
				throw new UnversionedStoreException(VERSION_1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the store's schema: " + ex.getMessage(), ex);
		}
	}

	private static boolean hasVersion1(Connection connection) throws SQLException {
		try (java.sql.Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1'")) {
			return rs.next() && rs.getLong(1) > 0;
		}
	}

	private static boolean hasTable(Connection connection, String name) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
			while (tables.next()) {
				String schema = tables.getString("TABLE_SCHEM");
				if (name.equalsIgnoreCase(tables.getString("TABLE_NAME"))
						&& (schema == null || schema.equalsIgnoreCase("public"))) {
					return true;
				}
			}
		}
		return false;
	}

	/** A store this version does not open. */
	public static final class UnversionedStoreException extends RuntimeException {

		UnversionedStoreException(String message) {
			super(message);
		}

	}

}
