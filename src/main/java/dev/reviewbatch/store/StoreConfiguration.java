package dev.reviewbatch.store;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The store's shared beans. The schema is db/migration, applied at start-up by Flyway
 * through {@link StoreSchema#migrate(Flyway)}, which refuses a store written before the
 * schema was versioned.
 */
@Configuration
public class StoreConfiguration {

	@Bean
	FlywayMigrationStrategy storeSchema() {
		return StoreSchema::migrate;
	}

	@Bean
	RunLedger runLedger(JdbcTemplate jdbc) {
		return new RunLedger(jdbc);
	}

}
