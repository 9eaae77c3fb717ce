package dev.reviewbatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The store's schema: Flyway migrations in {@code db/migration}, applied when the store opens. A store that holds
 * reviewbatch's tables but no Flyway history was written by a version before the schema was versioned; its keys
 * and tables differ, so it is refused with one line saying what to do rather than migrated.
 */
public final class StoreSchema {

	/** The line a store written by an earlier version is refused with. */
	public static final String UNVERSIONED = "this store was written by an earlier version of reviewbatch "
			+ "(its schema has no version); re-import your exports into a new --out";

	private StoreSchema() {
	}

	/** Refuses an unversioned store, else migrates it to the latest version. */
	public static void migrate(Flyway flyway) {
		refuseUnversioned(flyway.getConfiguration().getDataSource());
		flyway.migrate();
	}

	/** A fresh store or one of any version, migrated (for tests and tools outside the application context). */
	public static void migrate(DataSource dataSource) {
		migrate(Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load());
	}

	static void refuseUnversioned(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			if (hasTable(connection, "viewing") && !hasTable(connection, "flyway_schema_history")) {
				throw new UnversionedStoreException(UNVERSIONED);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the store's schema: " + ex.getMessage(), ex);
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
