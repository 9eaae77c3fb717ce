package dev.reviewbatch.source.article;

import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.Rejection;
import dev.reviewbatch.domain.Viewing;
import dev.reviewbatch.normalize.ParsedArticle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.StarRating;

class ReviewSectionsTests {

	private final ArticleParser parser = new ArticleParser();

	private static Document page(String name) throws IOException {
		return Jsoup.parse(ArticleFixtures.fixture(name).toFile(), "UTF-8", "https://lamproom.example.org/2024/01/");
	}

	@Test
	void yearOfReviews_oneArticlePerFilmHeading_eachWithItsOwnFilmLinkDateAndRating() throws IOException {
		List<ParsedArticle> reviews = ArticleFixtures
			.normalized(parser.toRows(page("many-reviews-2023.html"), "page.html"));

		assertThat(reviews).extracting(ParsedArticle::title)
			.containsExactly("Saltmarsh", "Quiet Orbit", "The Keeper's Lantern", "Bread & Salt");
		assertThat(reviews).extracting(ParsedArticle::year).containsExactly(1988, 2021, 2022, 2019);
		assertThat(reviews).extracting(ParsedArticle::published)
			.containsExactly(LocalDate.of(2023, 3, 4), LocalDate.of(2023, 5, 1), LocalDate.of(2023, 7, 9),
					LocalDate.of(2023, 12, 30));
		assertThat(reviews).extracting(ParsedArticle::letterboxdLink)
			.containsExactly("https://letterboxd.com/film/saltmarsh/", "https://boxd.it/9zQ1",
					"https://letterboxd.com/film/the-keepers-lantern/", "https://letterboxd.com/film/bread-and-salt/");
		assertThat(reviews).extracting(ParsedArticle::author).containsOnly("Ada Brook");
	}

	@Test
	void slRatingAndStarRuns_ratingsOutOfFive_removedFromTheText() throws IOException {
		List<ParsedArticle> reviews = ArticleFixtures
			.normalized(parser.toRows(page("many-reviews-2023.html"), "page.html"));

		assertThat(reviews.get(0).rating()).isEqualTo(StarRating.ofHalfStars(7));
		assertThat(reviews.get(1).rating()).isEqualTo(StarRating.ofHalfStars(8));
		assertThat(reviews.get(2).rating()).isEqualTo(StarRating.ofHalfStars(5));
		assertThat(reviews.get(0).text())
			.isEqualTo("Wet boots, dry humour. The last reel drifts, but the first hour is exact.");
		assertThat(reviews.get(1).text())
			.isEqualTo("A small film about waiting.\n\nSecond paragraph of the same review.");
		assertThat(reviews.get(2).text()).isEqualTo("Pretty lamps, thin story.");
	}

	@Test
	void reviewWithoutRating_unreadableRowForThatFilmOnly_provenanceNamesTheReview() throws IOException {
		List<RawRow> rows = parser.toRows(page("many-reviews-2023.html"), "year.html");

		assertThat(rows).hasSize(4);
		assertThat(rows.subList(0, 3))
			.allSatisfy(row -> assertThat(ArticleFixtures.processed(row)).isInstanceOf(Viewing.class));
		assertThat(ArticleFixtures.processed(rows.get(3))).isInstanceOfSatisfying(Rejection.class, r -> {
			assertThat(r.reason()).startsWith("page of 4 reviews, review 4 (Bread & Salt (2019)): no rating found");
			assertThat(r.raw()).startsWith("Bread & Salt (2019)");
		});
		assertThat(rows.get(1).from().describe()).isEqualTo("year.html article, review 2");
		assertThat(rows.get(1).fields()).containsEntry(Field.NAME, "Quiet Orbit")
			.containsEntry(Field.LETTERBOXD_URI, "https://boxd.it/9zQ1")
			.containsEntry(Field.REVIEW_NUMBER, "2");
		assertThat(ArticleFixtures.processed(rows.get(1))).isInstanceOfSatisfying(Viewing.class, v -> {
			assertThat(v.film().title()).isEqualTo("Quiet Orbit");
			assertThat(v.loggedOn()).isEqualTo(java.time.LocalDate.of(2023, 5, 1));
			assertThat(v.rating()).isEqualTo(StarRating.ofHalfStars(8));
			assertThat(v.uri()).isEqualTo("https://boxd.it/9zQ1");
		});
	}

	@Test
	void oneFilmHeading_pageStaysOneReview() {
		Document page = Jsoup.parse("""
				<html><body><article><h1>Saltmarsh (1988)</h1>
				<h2>Where to watch <a href="https://letterboxd.com/film/saltmarsh/">Saltmarsh</a></h2>
				<p>Wet boots, dry humour. 4/5.</p></article></body></html>""");

		assertThat(ReviewSections.of(page, null)).isEmpty();
		assertThat(parser.toRows(page, "one.html")).singleElement()
			.satisfies(row -> assertThat(row.from().describe()).isEqualTo("one.html article"));
	}

	@Test
	void profileLinksInHeadings_noFilmHeadings_notSplit() {
		Document page = Jsoup
			.parse("""
					<html><body><article><h1>Heat (1995)</h1>
					<h2><a href="https://letterboxd.com/adabrook/">me</a></h2><h2><a href="https://letterboxd.com/adabrook/lists/">lists</a></h2>
					<p>Still great. 4/5.</p></article></body></html>""");

		assertThat(ReviewSections.of(page, null)).isEmpty();
	}

}
