package dev.reviewbatch.sync;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** A fresh in-memory H2 store with the project's schema, for tests of the sync's own tables. */
final class TestStore {

	private TestStore() {
	}

	static JdbcTemplate create() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:sync" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		new ResourceDatabasePopulator(new ClassPathResource("db/schema.sql")).execute(dataSource);
		return new JdbcTemplate(dataSource);
	}
}
