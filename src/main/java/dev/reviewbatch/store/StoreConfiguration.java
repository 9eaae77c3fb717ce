package dev.reviewbatch.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The store's shared beans. The schema itself is db/schema.sql, applied at start-up by Spring Boot. */
@Configuration
public class StoreConfiguration {

	@Bean
	RunLedger runLedger(JdbcTemplate jdbc) {
		return new RunLedger(jdbc);
	}
}
