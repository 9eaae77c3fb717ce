package dev.reviewbatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A store of schema version 1 is refused in one line; a fresh one gets versions 2 and 3.
 */
class StoreVersionTests {

	private final SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
			"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

	private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

	@Test
	void version1Store_isRefusedWithWhatToDo_andLeftAsItWas() {
		jdbc.execute("CREATE TABLE \"flyway_schema_history\" (\"installed_rank\" INT, \"version\" VARCHAR(50))");
		jdbc.execute("INSERT INTO \"flyway_schema_history\" VALUES (1, '1')");
		jdbc.execute("CREATE TABLE viewing (row_key VARCHAR(300) PRIMARY KEY)");

		assertThatThrownBy(() -> StoreSchema.migrate(dataSource))
			.isInstanceOf(StoreSchema.UnversionedStoreException.class)
			.hasMessage(StoreSchema.VERSION_1)
			.hasMessageContaining("re-import your exports into a new --out");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\"", Integer.class)).isEqualTo(1);
	}

	@Test
	void freshStore_getsVersions2And3_withViewingIdsAndIdBlocks() {
		StoreSchema.migrate(dataSource);

		assertThat(jdbc.queryForList(
				"SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL",
				String.class))
			.containsExactly("2", "3");
		assertThat(jdbc.queryForList("SELECT table_name FROM row_id_block ORDER BY table_name", String.class))
			.containsExactly("import_run", "rating_event", "viewing");
		jdbc.update("INSERT INTO viewing (id, row_key, account, film_key, rewatch, in_diary, state, entry_fp, source, "
				+ "source_line, first_run, last_seen_run) VALUES (7, 'k', 'me', 'f', FALSE, TRUE, 'LIVE', 0, 'd.csv', 2, 1, 1)");
		assertThat(jdbc.queryForObject("SELECT id FROM viewing WHERE row_key = 'k'", Long.class)).isEqualTo(7L);
	}

}
