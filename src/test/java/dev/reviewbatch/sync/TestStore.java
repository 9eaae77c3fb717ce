package dev.reviewbatch.sync;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.reviewbatch.store.StoreSchema;

/**
 * A fresh in-memory H2 store with the project's schema, for tests of the sync's own
 * tables.
 */
final class TestStore {

	private TestStore() {
	}

	static JdbcTemplate create() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:sync" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		StoreSchema.migrate(dataSource);
		return new JdbcTemplate(dataSource);
	}

}
