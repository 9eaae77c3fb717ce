package dev.reviewbatch.source.article;

import dev.reviewbatch.domain.Field;
import dev.reviewbatch.normalize.ParsedArticle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;
import dev.reviewbatch.domain.StarRating;
import dev.reviewbatch.domain.Viewing;
import dev.reviewbatch.normalize.RatingMention;

/**
 * The acceptance case of {@code ../shared/seeds/EXPECTED.md}: the seed review inside an
 * ordinary HTML article page must give exactly the expected film, review title, link,
 * rating and history, and keep its text as written.
 */
class SeedReviewAcceptanceTests {

	private final ArticleParser parser = new ArticleParser();

	@Test
	void seedInHtmlPage_givesExactlyExpected() throws IOException {
		ParsedArticle article = ArticleFixtures
			.normalized(parser.parse(ArticleFixtures.seedAsHtmlPage().getBytes(StandardCharsets.UTF_8),
					"https://reelnotes.example/ballerina-2025-review/"));

		assertThat(article.problem()).isNull();
		assertThat(article.title()).isEqualTo("Ballerina");
		assertThat(article.year()).isEqualTo(2025);
		assertThat(article.reviewTitle()).isEqualTo("A Beautiful Disappointment Turned Brutal Redemption");
		assertThat(article.letterboxdLink()).isEqualTo("https://boxd.it/a2MBlp");
		assertThat(article.rating()).isEqualTo(StarRating.ofHalfStars(8));
		assertThat(article.ratingHistory()).containsExactly(StarRating.ofHalfStars(4), StarRating.ofHalfStars(8));
		assertThat(article.published()).isEqualTo(LocalDate.of(2025, 6, 20));
	}

	@Test
	void seedInHtmlPage_mentionsInOrder_finalRatingIsCurrent() throws IOException {
		ParsedArticle article = ArticleFixtures.normalized(parser.parse(Jsoup.parse(ArticleFixtures.seedAsHtmlPage())));

		assertThat(article.mentions()).extracting(RatingMention::matched)
			.containsExactly("2 out of 5 stars", "4 out of 5 stars", "Final Rating: ★★★★☆ (4/5)");
		assertThat(article.mentions()).extracting(RatingMention::isFinal).containsExactly(false, false, true);
	}

	@Test
	void seedInHtmlPage_textKeptAsWritten_oneParagraphPerLine() throws IOException {
		List<String> lines = ArticleFixtures.seedLines();

		ParsedArticle article = ArticleFixtures.normalized(parser.parse(Jsoup.parse(ArticleFixtures.seedAsHtmlPage())));

		assertThat(article.text().split("\n\n")).containsExactlyElementsOf(lines.subList(1, lines.size()));
		assertThat(article.text()).contains("bummed“a beautiful disappointment” was the phrase")
			.contains("Wick’s chaos")
			.doesNotContain("Reel Notes", "Reviews", "2025/06/20");
	}

	@Test
	void seedInHtmlPage_row_rawPiecesThatNormalizeToTheReview() throws IOException {
		RawRow row = parser.toRows(Jsoup.parse(ArticleFixtures.seedAsHtmlPage()), "ballerina.html").get(0);
		ParsedArticle article = ArticleFixtures.normalized(row);

		assertThat(row.kind()).isEqualTo(SourceKind.REVIEW);
		assertThat(row.problem()).isNull();
		assertThat(row.fields()).containsEntry(Field.ARTICLE, "review article")
			.containsEntry(Field.LETTERBOXD_URI, "https://boxd.it/a2MBlp")
			.containsKeys(Field.HEADLINE, Field.REVIEW)
			.doesNotContainKeys(Field.AUTHOR, Field.RATING);
		assertThat(row.from().describe()).isEqualTo("ballerina.html article");
		assertThat(ArticleFixtures.processed(row)).isInstanceOfSatisfying(Viewing.class, v -> {
			assertThat(v.film().title()).isEqualTo("Ballerina");
			assertThat(v.film().year()).isEqualTo(2025);
			assertThat(v.loggedOn()).isEqualTo(LocalDate.of(2025, 6, 20));
			assertThat(v.rating()).isEqualTo(StarRating.ofHalfStars(8));
			assertThat(v.details().earlierRatings()).containsExactly(StarRating.ofHalfStars(4));
			assertThat(v.uri()).isEqualTo("https://boxd.it/a2MBlp");
			assertThat(v.details().reviewTitle()).isEqualTo("A Beautiful Disappointment Turned Brutal Redemption");
			assertThat(v.review().raw()).isEqualTo(article.text());
		});
	}

	@Test
	void seedAsPlainText_givesTheSameReview() throws IOException {
		ParsedArticle article = ArticleFixtures.normalized(parser.parse(ArticleFixtures.shared(ArticleFixtures.SEED)));

		assertThat(article.title()).isEqualTo("Ballerina");
		assertThat(article.year()).isEqualTo(2025);
		assertThat(article.reviewTitle()).isEqualTo("A Beautiful Disappointment Turned Brutal Redemption");
		assertThat(article.letterboxdLink()).isEqualTo("https://boxd.it/a2MBlp");
		assertThat(article.rating()).isEqualTo(StarRating.ofHalfStars(8));
		assertThat(article.ratingHistory()).containsExactly(StarRating.ofHalfStars(4), StarRating.ofHalfStars(8));
		List<String> lines = ArticleFixtures.seedLines();
		assertThat(article.text()).isEqualTo(String.join("\n", lines.subList(1, lines.size())));
	}

}
