package dev.reviewbatch.source.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageKindDetectorTests {

	@ParameterizedTest
	@CsvSource({ PageFixtures.DIARY_2022 + ", DIARY", PageFixtures.FILMS_2022 + ", FILM_GRID",
			PageFixtures.FILMS_2025 + ", FILM_GRID", PageFixtures.FILM_2022 + ", FILM" })
	void corpusPage_byContent_itsKind(String file, PageKind expected) throws IOException {
		assertThat(PageKindDetector.detect(PageFixtures.corpusPage(file))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "diary-2022.html, DIARY", "diary-2024.html, DIARY", "films-2022.html, FILM_GRID",
			"films-2025.html, FILM_GRID", "films-posteritem.html, FILM_GRID", "watchlist-2025.html, WATCHLIST",
			"film-2025.html, FILM", "film-2022-no-average.html, FILM", "review-page.html, REVIEW",
			"blog-article.html, UNKNOWN", "list-2023.html, LIST", "list-2025.html, LIST",
			"list-2025-unknown-entries.html, LIST", "filmography-director-2025.html, FILMOGRAPHY",
			"diary-empty-2023.html, DIARY", "profile-2025.html, UNKNOWN" })
	void fixturePage_byContent_itsKind(String file, PageKind expected) throws IOException {
		assertThat(PageKindDetector.detect(PageFixtures.fixturePage(file))).isEqualTo(expected);
	}

	@Test
	void posterGridOfAList_byAddressAlone_list() {
		var page = Jsoup
			.parse("""
					<html><head><title>Films with lighthouses, a list by Demo Viewer</title>
					<meta property="og:url" content="https://letterboxd.com/demo_viewer/list/films-with-lighthouses/"></head>
					<body><ul><li class="poster-container"><div class="film-poster"><img alt="Saltmarsh"></div></li></ul>
					</body></html>""");

		assertThat(PageKindDetector.detect(page)).isEqualTo(PageKind.LIST);
	}

	@Test
	void likesGrid_neitherWatchedWatchlistListNorFilmography_unknownWithReason() {
		var page = Jsoup.parse("""
				<html><head><title>Films Demo Viewer likes</title>
				<meta property="og:url" content="https://letterboxd.com/demo_viewer/likes/films/"></head>
				<body><ul><li class="poster-container"><div class="film-poster"><img alt="Saltmarsh"></div></li></ul>
				</body></html>""");

		assertThat(PageKindDetector.detect(page)).isEqualTo(PageKind.UNKNOWN);
		assertThat(PageKindDetector.whyUnknown(page)).startsWith("a poster grid that is neither")
			.contains("/demo_viewer/likes/films/");
	}

	@Test
	void letterboxdPage_bySiteNameOrAddress_blogArticleIsNot() throws IOException {
		assertThat(PageKindDetector.isLetterboxdPage(PageFixtures.fixturePage("profile-2025.html"))).isTrue();
		assertThat(PageKindDetector.isLetterboxdPage(Jsoup.parse(
				"<html><head><link rel=canonical href=\"https://letterboxd.com/demo_viewer/likes/\"></head></html>")))
			.isTrue();
		assertThat(PageKindDetector.isLetterboxdPage(PageFixtures.fixturePage("blog-article.html"))).isFalse();
	}

	@Test
	void describe_kindAndMarkupGeneration() throws IOException {
		assertThat(PageKindDetector.describe(PageFixtures.fixturePage("list-2025.html"), PageKind.LIST))
			.isEqualTo("Letterboxd list page (2025 markup)");
		assertThat(PageKindDetector.describe(PageFixtures.fixturePage("list-2023.html"), PageKind.LIST))
			.isEqualTo("Letterboxd list page (pre-2024 markup)");
		assertThat(PageKindDetector.describe(PageFixtures.fixturePage("diary-2024.html"), PageKind.DIARY))
			.isEqualTo("Letterboxd diary page (2025 markup)");
	}

	@Test
	void reviewPageWithoutOgType_filmHeadingAndReviewBody_review() {
		var page = Jsoup.parse("""
				<html><body><h2 class="film-title-wrapper"><a href="/film/saltmarsh/">Saltmarsh</a></h2>
				<div class="review body-text -prose"><p>Text.</p></div></body></html>""");

		assertThat(PageKindDetector.detect(page)).isEqualTo(PageKind.REVIEW);
	}

	@Test
	void filmPageWithSimilarFilmsGrid_filmWins() throws IOException {
		var page = PageFixtures.corpusPage(PageFixtures.FILM_2022);

		assertThat(page.select(PageKindDetector.POSTER_GRID)).isNotEmpty();
		assertThat(PageKindDetector.detect(page)).isEqualTo(PageKind.FILM);
	}

	@Test
	void blogArticle_noMarkers_reasonNamesTitleAndOgType() throws IOException {
		var page = PageFixtures.fixturePage("blog-article.html");

		assertThat(PageKindDetector.whyUnknown(page)).isEqualTo("no diary table, poster grid, film or review markers; "
				+ "title \"Quiet Orbit (2021): a small film about waiting | The Projection Booth Notes\", og:type \"article\"");
	}

	@Test
	void emptyDocument_unknown_saysEmpty() {
		var page = Jsoup.parse("");

		assertThat(PageKindDetector.detect(page)).isEqualTo(PageKind.UNKNOWN);
		assertThat(PageKindDetector.whyUnknown(page)).isEqualTo("the page is empty");
	}

}
