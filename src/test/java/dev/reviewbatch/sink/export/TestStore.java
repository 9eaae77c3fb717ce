package dev.reviewbatch.sink.export;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.reviewbatch.store.StoreSchema;

/**
 * A throwaway in-memory H2 store with the real schema, and short ways to put rows in it.
 */
final class TestStore {

	final JdbcTemplate jdbc;

	TestStore() {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		StoreSchema.migrate(dataSource);
		this.jdbc = new JdbcTemplate(dataSource);
	}

	TestStore film(String key, String title, Integer year, String uri) {
		jdbc.update("INSERT INTO film (film_key, title, release_year, letterboxd_uri, source, source_line) "
				+ "VALUES (?, ?, ?, ?, 'test.csv', 1)", key, title, year, uri);
		return this;
	}

	TestStore viewing(String key, String filmKey, LocalDate watched, Integer halfStars, boolean rewatch, String tags,
			String review, String state) {
		jdbc.update("INSERT INTO viewing (row_key, account, film_key, watched_date, logged_date, half_stars, rewatch, "
				+ "tags, letterboxd_uri, in_diary, review_raw, review_text, state, entry_fp, source, source_line, "
				+ "first_run, last_seen_run) VALUES (?, 'me', ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, 0, 'diary.csv', 2, 1, 1)",
				key, filmKey, watched, watched, halfStars, rewatch, tags, key, review, review, state);
		return this;
	}

	TestStore rating(String filmKey, int halfStars, String state) {
		jdbc.update("INSERT INTO current_rating (row_key, account, film_key, half_stars, rated_date, letterboxd_uri, "
				+ "state, fp, source, source_line, last_seen_run) VALUES (?, 'me', ?, ?, DATE '2024-01-02', NULL, ?, 0, "
				+ "'ratings.csv', 3, 1)", "me:" + filmKey, filmKey, halfStars, state);
		return this;
	}

}
