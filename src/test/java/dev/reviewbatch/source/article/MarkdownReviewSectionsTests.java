package dev.reviewbatch.source.article;

import dev.reviewbatch.normalize.ParsedArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.StarRating;

class MarkdownReviewSectionsTests {

	private final ArticleParser parser = new ArticleParser();

	private static String text(String name) throws IOException {
		return Files.readString(ArticleFixtures.fixture(name), StandardCharsets.UTF_8);
	}

	@Test
	void markdownYearOfReviews_oneArticlePerFilmHeading_withItsOwnDateAndRating() throws IOException {
		List<ParsedArticle> reviews = ArticleFixtures
			.normalized(parser.textToRows(text("many-reviews-2023.md"), "text.md"));

		assertThat(reviews).extracting(ParsedArticle::title).containsExactly("Saltmarsh", "Quiet Orbit");
		assertThat(reviews).extracting(ParsedArticle::year).containsExactly(1988, 2021);
		assertThat(reviews).extracting(ParsedArticle::published)
			.containsExactly(LocalDate.of(2023, 3, 4), LocalDate.of(2023, 5, 1));
		assertThat(reviews).extracting(ParsedArticle::rating)
			.containsExactly(StarRating.ofHalfStars(7), StarRating.ofHalfStars(8));
		assertThat(reviews).extracting(ParsedArticle::letterboxdLink)
			.containsExactly("https://letterboxd.com/film/saltmarsh/", "https://boxd.it/9zQ1");
		assertThat(reviews).extracting(ParsedArticle::author).containsOnly("Ada Brook");
		assertThat(reviews.get(0).text()).isEqualTo("Wet boots, dry humour.");
	}

	@Test
	void headingWithoutFilmLink_staysInTheReviewBefore() throws IOException {
		List<ParsedArticle> reviews = ArticleFixtures
			.normalized(parser.textToRows(text("many-reviews-2023.md"), "text.md"));

		assertThat(reviews.get(1).text()).startsWith("A small film about waiting.")
			.contains("This heading has no film link, so it belongs to the review above.");
	}

	@Test
	void textToRows_provenanceNamesEachReview() throws IOException {
		List<RawRow> rows = parser.textToRows(text("many-reviews-2023.md"), "year.md");

		assertThat(rows).extracting(row -> row.from().describe())
			.containsExactly("year.md article, review 1", "year.md article, review 2");
	}

	@Test
	void markdownWithOneFilmLink_staysOneReview() throws IOException {
		assertThat(MarkdownReviewSections
			.of("# Heat (1995)\n\n## [Heat](https://letterboxd.com/film/heat-1995/)\n\n4/5", null)).isEmpty();
		assertThat(parser.textToRows(text("change-of-mind.md"), "one.md")).singleElement()
			.satisfies(row -> assertThat(row.from().describe()).isEqualTo("one.md article"));
	}

}
