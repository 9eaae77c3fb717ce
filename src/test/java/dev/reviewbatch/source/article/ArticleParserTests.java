package dev.reviewbatch.source.article;

import dev.reviewbatch.domain.Rejection;
import dev.reviewbatch.domain.Viewing;
import dev.reviewbatch.normalize.ParsedArticle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.StarRating;
import dev.reviewbatch.normalize.RatingMention;

class ArticleParserTests {

	private final ArticleParser parser = new ArticleParser();

	// --- the corpus Markdown review (read in place) ---

	@Test
	void hereditaryMarkdown_frontMatterTitleDateAndGrade() throws IOException {
		ParsedArticle article = ArticleFixtures
			.normalized(parser.parse(ArticleFixtures.shared(ArticleFixtures.HEREDITARY)));

		assertThat(article.title()).isEqualTo("Hereditary");
		assertThat(article.year()).isEqualTo(2018);
		assertThat(article.reviewTitle()).isNull();
		assertThat(article.published()).isEqualTo(LocalDate.of(2020, 9, 4));
		assertThat(article.rating()).isEqualTo(StarRating.ofHalfStars(8)); // grade A-
		assertThat(article.ratingHistory()).containsExactly(StarRating.ofHalfStars(8));
		assertThat(article.mentions()).isEmpty();
		assertThat(article.letterboxdLink()).isNull();
		assertThat(article.text()).startsWith("Right in my nihilistic, trap-movie-loving wheelhouse.")
			.endsWith("And I loved the ending.")
			.contains("Toni Collette’s")
			.doesNotContain("grade:", "---");
	}

	// --- synthetic articles ---

	@Test
	void jsonLdReview_bestRating10_filmFromItemReviewed_headlineIsReviewTitle() throws IOException {
		ParsedArticle article = ArticleFixtures
			.normalized(parser.parse(ArticleFixtures.fixture("jsonld-review-best10.html")));

		assertThat(article.title()).isEqualTo("Past Lives");
		assertThat(article.year()).isEqualTo(2023);
		assertThat(article.reviewTitle()).isEqualTo("A quiet triumph about the lives we did not live");
		assertThat(article.rating()).isEqualTo(StarRating.ofHalfStars(8));
		assertThat(article.ratingHistory()).containsExactly(StarRating.ofHalfStars(8));
		assertThat(article.author()).isEqualTo("Maren Holt");
		assertThat(article.published()).isEqualTo(LocalDate.of(2024, 1, 14));
		assertThat(article.text()).startsWith("Three people, two cities").doesNotContain("Screen Margins");
	}

	@Test
	void outOfFiveStars_articleHeadlineBeforeSiteHeadline_timeAndAuthor() throws IOException {
		ParsedArticle article = ArticleFixtures
			.normalized(parser.parse(ArticleFixtures.fixture("out-of-five-stars.html")));

		assertThat(article.title()).isEqualTo("Aftersun");
		assertThat(article.year()).isEqualTo(2022);
		assertThat(article.reviewTitle()).isNull();
		assertThat(article.rating()).isEqualTo(StarRating.ofHalfStars(9));
		assertThat(article.mentions()).extracting(RatingMention::matched).containsExactly("4.5 out of 5 stars");
		assertThat(article.author()).isEqualTo("Teo Varga");
		assertThat(article.published()).isEqualTo(LocalDate.of(2023, 2, 11));
		assertThat(article.letterboxdLink()).isEqualTo("https://letterboxd.com/film/aftersun/");
	}

	@Test
	void changeOfMind_bothStatementsInOrder_laterOneCurrent() throws IOException {
		ParsedArticle article = ArticleFixtures.normalized(parser.parse(ArticleFixtures.fixture("change-of-mind.md")));

		assertThat(article.title()).isEqualTo("The Zone of Interest");
		assertThat(article.year()).isEqualTo(2023);
		assertThat(article.reviewTitle()).isEqualTo("Second Thoughts");
		assertThat(article.author()).isEqualTo("Ines Park");
		assertThat(article.ratingHistory()).containsExactly(StarRating.ofHalfStars(6), StarRating.ofHalfStars(9));
		assertThat(article.rating()).isEqualTo(StarRating.ofHalfStars(9));
		assertThat(article.text()).startsWith("On first watch").doesNotContain("# The Zone");
		assertThat(ArticleFixtures.processed(parser.parse(ArticleFixtures.fixture("change-of-mind.md"))))
			.isInstanceOfSatisfying(Viewing.class,
					v -> assertThat(v.details().earlierRatings()).containsExactly(StarRating.ofHalfStars(6)));
	}

	@Test
	void datesAndUrls_areNotRatings_onlyTheLabelledScoreCounts() throws IOException {
		ParsedArticle article = ArticleFixtures
			.normalized(parser.parse(ArticleFixtures.fixture("dates-and-urls.html")));

		assertThat(article.mentions()).extracting(RatingMention::matched).containsExactly("Rating: 7/10");
		assertThat(article.rating()).isEqualTo(StarRating.ofHalfStars(7));
		assertThat(article.title()).isEqualTo("Oppenheimer");
		assertThat(article.reviewTitle()).isEqualTo("Paths, dates and one real score");
	}

	@Test
	void noRating_unreadableRowWithReason() throws IOException {
		ParsedArticle article = ArticleFixtures.normalized(parser.parse(ArticleFixtures.fixture("no-rating.html")));

		assertThat(article.isReadable()).isFalse();
		assertThat(article.title()).isEqualTo("Perfect Days");
		assertThat(article.rating()).isNull();
		assertThat(article.problem()).startsWith("no rating found");
		assertThat(ArticleFixtures.processed(parser.parse(ArticleFixtures.fixture("no-rating.html"))))
			.isInstanceOfSatisfying(Rejection.class, r -> {
				assertThat(r.reason()).isEqualTo("review article: " + article.problem());
				assertThat(r.raw()).startsWith("Perfect Days (2023)\nA toilet cleaner");
			});
	}

	@Test
	void tomlFrontMatter_filmTableEnglishTitleYearAndTenPointRating() throws IOException {
		ParsedArticle article = ArticleFixtures.normalized(parser.parse(ArticleFixtures.fixture("toml-zola-movie.md")));

		assertThat(article.problem()).isNull();
		assertThat(article.title()).isEqualTo("The Beacon");
		assertThat(article.year()).isEqualTo(2019);
		assertThat(article.rating()).isEqualTo(StarRating.ofHalfStars(9));
		assertThat(article.published()).isEqualTo(LocalDate.of(2024, 11, 2));
		assertThat(article.reviewTitle()).isEqualTo("Das Leuchtfeuer: notes on a lighthouse film");
		assertThat(article.letterboxdLink()).isEqualTo("https://letterboxd.com/film/the-beacon-2019/");
		assertThat(article.text()).startsWith("The keeper climbs the stairs");
	}

	@Test
	void tomlDottedKeys_ratingOnTheTablesOwnScale_titleFromHeadline() throws IOException {
		ParsedArticle article = ArticleFixtures
			.normalized(parser.parse(ArticleFixtures.fixture("toml-dotted-keys.md")));

		assertThat(article.title()).isEqualTo("Quiet Orbit");
		assertThat(article.year()).isEqualTo(2021);
		assertThat(article.rating()).isEqualTo(StarRating.ofHalfStars(6));
		assertThat(article.text()).isEqualTo("A small film about waiting, and about the people who wait with you.");
	}

	@Test
	void tomlFrontMatterInvalid_unreadableWithTheReason() {
		ParsedArticle article = ArticleFixtures
			.normalized(parser.parseText("+++\ntitle = Heat\n+++\nHeat (1995). 4/5.\n", "text"));

		assertThat(article.problem()).startsWith("the TOML front matter is not valid TOML");
	}

	@Test
	void finalRatingWins_overALaterStatement() {
		ParsedArticle article = ArticleFixtures.normalized(parser
			.parseText("Heat (1995)\nFinal rating: 4/5. My brother would give it 2 out of 5 stars, though.", "text"));

		assertThat(article.rating()).isEqualTo(StarRating.ofHalfStars(8));
		assertThat(article.ratingHistory()).containsExactly(StarRating.ofHalfStars(8), StarRating.ofHalfStars(4));
	}

	@Test
	void declaredRating_beatsALastStatementThatIsNotFinal() {
		String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"Review\",\"itemReviewed\":"
				+ "{\"@type\":\"Movie\",\"name\":\"Heat (1995)\"},\"reviewRating\":{\"ratingValue\":90,\"bestRating\":100}}"
				+ "</script></head><body><article><h1>Heat (1995)</h1><p>At first three stars.</p></article></body></html>";

		ParsedArticle article = ArticleFixtures.normalized(parser.parse(org.jsoup.Jsoup.parse(page)));

		assertThat(article.title()).isEqualTo("Heat");
		assertThat(article.year()).isEqualTo(1995);
		assertThat(article.rating()).isEqualTo(StarRating.ofHalfStars(9));
		assertThat(article.ratingHistory()).containsExactly(StarRating.ofHalfStars(6), StarRating.ofHalfStars(9));
	}

	@Test
	void emptyText_noTitleProblem() {
		RawRow row = parser.parseText("   \n\n", "blank.txt");
		ParsedArticle article = ArticleFixtures.normalized(row);

		assertThat(article.problem()).startsWith("no film title");
		assertThat(ArticleFixtures.processed(row)).isInstanceOfSatisfying(Rejection.class,
				r -> assertThat(r.reason()).startsWith("review article: no film title"));
	}

	@Test
	void frontMatterNeverClosed_truncatedProblem() {
		ParsedArticle article = ArticleFixtures
			.normalized(parser.parseText("---\ntitle: Heat (1995)\ngrade: A\n", "text"));

		assertThat(article.problem()).contains("never closes");
	}

	@Test
	void fileOverTheLimit_ioExceptionNamingTheFile(@TempDir Path dir) throws IOException {
		Path big = dir.resolve("big.html");
		Files.write(big, new byte[(int) ArticleParser.MAX_BYTES + 1]);

		assertThatIOException().isThrownBy(() -> parser.parse(big))
			.withMessageContaining("big.html")
			.withMessageContaining("limit");
	}

	@Test
	void looksLikeHtml_byContent() {
		assertThat(ArticleParser.looksLikeHtml("\uFEFF<!DOCTYPE html><html>")).isTrue();
		assertThat(ArticleParser.looksLikeHtml("<!-- saved --> <article><h1>x</h1>")).isTrue();
		assertThat(ArticleParser.looksLikeHtml("---\ntitle: x\n---")).isFalse();
		assertThat(ArticleParser.looksLikeHtml("Heat (1995)\n<3 this film")).isFalse();
	}

}
