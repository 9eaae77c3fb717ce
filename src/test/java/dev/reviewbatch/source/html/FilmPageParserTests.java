package dev.reviewbatch.source.html;

import dev.reviewbatch.domain.Field;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

class FilmPageParserTests {

	private final FilmPageParser parser = new FilmPageParser();

	// --- the real 2022 page (corpus) ---

	@Test
	void corpus2022_film_entityDecodedTitleYearAndAverage() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.corpusPage(PageFixtures.FILM_2022), "sweetback.html");

		assertThat(page.kind()).isEqualTo(PageKind.FILM);
		assertThat(page.pageFields()).containsEntry(Field.NAME, "Sweet Sweetback's Baadasssss Song")
			.containsEntry(Field.YEAR, "1971")
			.containsEntry(Field.AVERAGE_RATING, "3.21")
			.containsEntry(Field.LETTERBOXD_URI, "https://letterboxd.com/film/sweet-sweetbacks-baadasssss-song/")
			.containsEntry(Field.FILM_ID, "48640")
			.containsEntry(Field.TMDB_ID, "5822");
	}

	@Test
	void corpus2022_withoutTwitterMeta_averageFromCdataWrappedJsonLd() throws IOException {
		Document page = PageFixtures.corpusPage(PageFixtures.FILM_2022);
		page.select("meta[name^=twitter:]").remove();

		assertThat(parser.parse(page, "sweetback.html").valueOf(Field.AVERAGE_RATING)).isEqualTo("3.21");
	}

	@Test
	void corpus2022_popularReviews_twelveWithReviewerAccountAndLink() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.corpusPage(PageFixtures.FILM_2022), "sweetback.html");

		assertThat(page.rows()).hasSize(12);
		assertThat(page.rows()).extracting(RawRow::kind).containsOnly(SourceKind.REVIEW);
		RawRow first = page.rows().get(0);
		assertThat(first.account()).isEqualTo("lilfilm");
		assertThat(first.fields()).containsEntry(Field.REVIEWER, "Sean Baker")
			.containsEntry(Field.NAME, "Sweet Sweetback's Baadasssss Song")
			.containsEntry(Field.YEAR, "1971")
			.containsEntry(Field.LETTERBOXD_URI,
					"https://letterboxd.com/lilfilm/film/sweet-sweetbacks-baadasssss-song/");
		assertThat(first.from().describe()).isEqualTo("sweetback.html popular review 1 (viewing 61032571)");
		assertThat(page.rows()).extracting(RawRow::account).contains("the_shape_", "criterion", "goliathreturns");
	}

	@Test
	void corpus2022_reviewsWithoutRating_fourUnrated() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.corpusPage(PageFixtures.FILM_2022), "sweetback.html");

		assertThat(page.rows()
			.stream()
			.filter(row -> row.valueOf(Field.RATING) == null)
			.map(row -> row.valueOf(Field.REVIEWER)))
			.containsExactly("Sean Baker", "Sally Jane Black", "The_Shape_", "Criterion");
		assertThat(PageFixtures.rowWith(page, Field.REVIEWER, "Carlos Valladares").valueOf(Field.RATING))
			.isEqualTo("rated-10");
		assertThat(PageFixtures.rowWith(page, Field.REVIEWER, "{Todd}").valueOf(Field.RATING)).isEqualTo("rated-6");
	}

	@Test
	void corpus2022_collapsedExcerpts_sixTruncatedEndingInEllipsis() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.corpusPage(PageFixtures.FILM_2022), "sweetback.html");

		assertThat(page.rows()
			.stream()
			.filter(row -> "Yes".equals(row.valueOf(Field.TRUNCATED)))
			.map(row -> row.valueOf(Field.REVIEWER))).containsExactly("Sean Baker", "Sally Jane Black", "The_Shape_",
					"Harry Du Bois", "Paul Elliott 🇺🇦", "Jerry McGlothlin");
		assertThat(PageFixtures.rowWith(page, Field.REVIEWER, "Sean Baker").valueOf(Field.REVIEW))
			.startsWith("<p>Saw it years ago on VHS")
			.endsWith("Vinegar Syndrome's…</p>");
		assertThat(PageFixtures.rowWith(page, Field.REVIEWER, "Liz").fields()).doesNotContainKey(Field.TRUNCATED);
	}

	// --- own fixtures ---

	@Test
	void fixture2025_film_titleYearAverageFromJsonLdAndTvId() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("film-2025.html"), "film-2025.html");

		assertThat(page.pageFields()).containsEntry(Field.NAME, "Harbour Nights")
			.containsEntry(Field.YEAR, "2020")
			.containsEntry(Field.AVERAGE_RATING, "3.47")
			.containsEntry(Field.FILM_ID, "8001")
			.containsEntry(Field.TMDB_TV_ID, "424242")
			.doesNotContainKey(Field.TMDB_ID);
	}

	@Test
	void fixture2025_articleReviews_ratedTruncatedUnratedAndSpoiler() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("film-2025.html"), "film-2025.html");

		assertThat(page.rows()).hasSize(3);
		assertThat(page.rows().get(0).fields()).containsEntry(Field.REVIEWER, "Tide Watcher")
			.containsEntry(Field.RATING, "rated-8")
			.containsEntry(Field.TRUNCATED, "Yes")
			.containsEntry(Field.TMDB_TV_ID, "424242")
			.containsEntry(Field.REVIEW,
					"<p>The first episode takes its time, and the harbour at dusk does most of the talking…</p>");
		assertThat(page.rows().get(1).fields()).containsEntry(Field.REVIEWER, "Quay Side 🌊")
			.containsEntry(Field.LETTERBOXD_URI, "https://letterboxd.com/quayside/film/harbour-nights/1/")
			.doesNotContainKeys(Field.RATING, Field.TRUNCATED, Field.SPOILERS);
		assertThat(page.rows().get(1).account()).isEqualTo("quayside");
		assertThat(page.rows().get(2).fields()).containsEntry(Field.RATING, "rated-3")
			.containsEntry(Field.SPOILERS, "Yes")
			.containsEntry(Field.REVIEW, "<p>The ferry sinks in the last scene &amp; nobody mentions it.</p>");
	}

	@Test
	void fixtureNoAverage_undatedFilmFewRatings_noYearNoAverageNoRows() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("film-2022-no-average.html"), "film.html");

		assertThat(page.pageFields()).containsEntry(Field.NAME, "Untitled Hill Project")
			.containsEntry(Field.TMDB_ID, "999001")
			.doesNotContainKeys(Field.YEAR, Field.AVERAGE_RATING);
		assertThat(page.rows()).isEmpty();
	}

}
