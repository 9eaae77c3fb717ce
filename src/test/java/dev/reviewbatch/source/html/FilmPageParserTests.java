package dev.reviewbatch.source.html;

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
		assertThat(page.pageFields()).containsEntry("Name", "Sweet Sweetback's Baadasssss Song")
			.containsEntry("Year", "1971")
			.containsEntry("Average Rating", "3.21")
			.containsEntry("Letterboxd URI", "https://letterboxd.com/film/sweet-sweetbacks-baadasssss-song/")
			.containsEntry("Film ID", "48640")
			.containsEntry("TMDb ID", "5822");
	}

	@Test
	void corpus2022_withoutTwitterMeta_averageFromCdataWrappedJsonLd() throws IOException {
		Document page = PageFixtures.corpusPage(PageFixtures.FILM_2022);
		page.select("meta[name^=twitter:]").remove();

		assertThat(parser.parse(page, "sweetback.html").valueOf("Average Rating")).isEqualTo("3.21");
	}

	@Test
	void corpus2022_popularReviews_twelveWithReviewerAccountAndLink() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.corpusPage(PageFixtures.FILM_2022), "sweetback.html");

		assertThat(page.rows()).hasSize(12);
		assertThat(page.rows()).extracting(RawRow::kind).containsOnly(SourceKind.REVIEW);
		RawRow first = page.rows().get(0);
		assertThat(first.account()).isEqualTo("lilfilm");
		assertThat(first.fields()).containsEntry("Reviewer", "Sean Baker")
			.containsEntry("Name", "Sweet Sweetback's Baadasssss Song")
			.containsEntry("Year", "1971")
			.containsEntry("Letterboxd URI", "https://letterboxd.com/lilfilm/film/sweet-sweetbacks-baadasssss-song/");
		assertThat(first.from().describe()).isEqualTo("sweetback.html popular review 1 (viewing 61032571)");
		assertThat(page.rows()).extracting(RawRow::account).contains("the_shape_", "criterion", "goliathreturns");
	}

	@Test
	void corpus2022_reviewsWithoutRating_fourUnrated() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.corpusPage(PageFixtures.FILM_2022), "sweetback.html");

		assertThat(
				page.rows().stream().filter(row -> row.valueOf("Rating") == null).map(row -> row.valueOf("Reviewer")))
			.containsExactly("Sean Baker", "Sally Jane Black", "The_Shape_", "Criterion");
		assertThat(PageFixtures.rowWith(page, "Reviewer", "Carlos Valladares").valueOf("Rating")).isEqualTo("rated-10");
		assertThat(PageFixtures.rowWith(page, "Reviewer", "{Todd}").valueOf("Rating")).isEqualTo("rated-6");
	}

	@Test
	void corpus2022_collapsedExcerpts_sixTruncatedEndingInEllipsis() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.corpusPage(PageFixtures.FILM_2022), "sweetback.html");

		assertThat(page.rows()
			.stream()
			.filter(row -> "Yes".equals(row.valueOf("Truncated")))
			.map(row -> row.valueOf("Reviewer"))).containsExactly("Sean Baker", "Sally Jane Black", "The_Shape_",
					"Harry Du Bois", "Paul Elliott 🇺🇦", "Jerry McGlothlin");
		assertThat(PageFixtures.rowWith(page, "Reviewer", "Sean Baker").valueOf("Review"))
			.startsWith("<p>Saw it years ago on VHS")
			.endsWith("Vinegar Syndrome's…</p>");
		assertThat(PageFixtures.rowWith(page, "Reviewer", "Liz").fields()).doesNotContainKey("Truncated");
	}

	// --- own fixtures ---

	@Test
	void fixture2025_film_titleYearAverageFromJsonLdAndTvId() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("film-2025.html"), "film-2025.html");

		assertThat(page.pageFields()).containsEntry("Name", "Harbour Nights")
			.containsEntry("Year", "2020")
			.containsEntry("Average Rating", "3.47")
			.containsEntry("Film ID", "8001")
			.containsEntry("TMDb TV ID", "424242")
			.doesNotContainKey("TMDb ID");
	}

	@Test
	void fixture2025_articleReviews_ratedTruncatedUnratedAndSpoiler() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("film-2025.html"), "film-2025.html");

		assertThat(page.rows()).hasSize(3);
		assertThat(page.rows().get(0).fields()).containsEntry("Reviewer", "Tide Watcher")
			.containsEntry("Rating", "rated-8")
			.containsEntry("Truncated", "Yes")
			.containsEntry("TMDb TV ID", "424242")
			.containsEntry("Review",
					"<p>The first episode takes its time, and the harbour at dusk does most of the talking…</p>");
		assertThat(page.rows().get(1).fields()).containsEntry("Reviewer", "Quay Side 🌊")
			.containsEntry("Letterboxd URI", "https://letterboxd.com/quayside/film/harbour-nights/1/")
			.doesNotContainKeys("Rating", "Truncated", "Spoilers");
		assertThat(page.rows().get(1).account()).isEqualTo("quayside");
		assertThat(page.rows().get(2).fields()).containsEntry("Rating", "rated-3")
			.containsEntry("Spoilers", "Yes")
			.containsEntry("Review", "<p>The ferry sinks in the last scene &amp; nobody mentions it.</p>");
	}

	@Test
	void fixtureNoAverage_undatedFilmFewRatings_noYearNoAverageNoRows() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("film-2022-no-average.html"), "film.html");

		assertThat(page.pageFields()).containsEntry("Name", "Untitled Hill Project")
			.containsEntry("TMDb ID", "999001")
			.doesNotContainKeys("Year", "Average Rating");
		assertThat(page.rows()).isEmpty();
	}

}
