package dev.reviewbatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.reviewbatch.domain.CurrentRating;
import dev.reviewbatch.domain.Film;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.StarRating;

/**
 * An undated current rating (a saved films-grid page shows the owner's rating but no
 * date) never overwrites a dated one from an export (issue 14); it stays in the history
 * as an undated observation.
 */
class UndatedCurrentRatingTests {

	private static final Film PERFECT_DAYS = new Film("Perfect Days", 2023);

	private JdbcTemplate jdbc;

	private RunLedger ledger;

	@BeforeEach
	void store() {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		StoreSchema.migrate(dataSource);
		jdbc = new JdbcTemplate(dataSource);
		ledger = new RunLedger(jdbc);
	}

	@Test
	void undatedRatingAfterADatedOne_leavesTheDatedOne_andCountsAsUnchanged() {
		write(1, "ratings.csv", rating(8, LocalDate.of(2025, 3, 1), "ratings.csv"));

		write(2, "films-page.html", rating(6, null, "films-page.html"));

		assertThat(jdbc.queryForList("SELECT half_stars || ' ' || rated_date FROM current_rating", String.class))
			.containsExactly("8 2025-03-01");
		assertThat(ledger.files(2)).singleElement()
			.satisfies(f -> assertThat(List.of(f.read(), f.unchanged(), f.updated())).containsExactly(1L, 1L, 0L));
		assertThat(jdbc.queryForList("SELECT half_stars FROM rating_event WHERE event_date IS NULL", Integer.class))
			.as("the page's observation stays in the history, undated")
			.containsExactly(6);
	}

	@Test
	void undatedRatingWithNothingStored_isTheCurrentRating_untilADatedOneArrives() {
		write(1, "films-page.html", rating(6, null, "films-page.html"));
		assertThat(jdbc.queryForObject("SELECT half_stars FROM current_rating", Integer.class)).isEqualTo(6);

		write(2, "ratings.csv", rating(8, LocalDate.of(2025, 3, 1), "ratings.csv"));

		assertThat(jdbc.queryForList("SELECT half_stars || ' ' || rated_date FROM current_rating", String.class))
			.containsExactly("8 2025-03-01");
	}

	private void write(long runId, String source, CurrentRating rating) {
		ledger.begin(runId, source, "someone", false, List.of(source), List.of());
		new StoreWriter(jdbc, ledger, runId).write(new Chunk<>(List.of(rating)));
	}

	private static CurrentRating rating(int halfStars, LocalDate date, String source) {
		return new CurrentRating("someone", PERFECT_DAYS, StarRating.ofHalfStars(halfStars), date, null,
				new Provenance.CsvLine(source, 2));
	}

}
