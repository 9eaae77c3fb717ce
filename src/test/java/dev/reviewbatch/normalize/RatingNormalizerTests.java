package dev.reviewbatch.normalize;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reviewbatch.domain.StarRating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@link RatingNormalizer#parse} and {@link RatingNormalizer#parseLetterboxd}; free text
 * is in {@link RatingNormalizerFreeTextTests}.
 */
class RatingNormalizerTests {

	static List<CaseFile.Row> ratingCases() {
		return CaseFile.rows("ratings.tsv");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ratingCases")
	void parse_sharedCase_givesExpectedHalfStars(CaseFile.Row row) {
		if (row.rejects()) {
			assertThatThrownBy(() -> RatingNormalizer.parse(row.raw())).isInstanceOf(NormalizationException.class)
				.satisfies(ex -> assertThat(ex.getMessage()).matches(".+: .+"));
			return;
		}
		StarRating expected = row.cell(1).isEmpty() ? null : new StarRating(Integer.parseInt(row.cell(1)));
		assertThat(RatingNormalizer.parse(row.raw())).isEqualTo(expected);
	}

	static Stream<Arguments> reasons() {
		return Stream.of(arguments("5.5", "above 5 stars"), arguments("8", "above 5 stars"),
				arguments("0", "0 is not a rating"), arguments("-1", "a rating cannot be negative"),
				arguments("6/5", "above 5 stars"), arguments("11/10", "above 10/10"),
				arguments("☆☆☆☆☆", "0 is not a rating"), arguments("★★★★★★", "above 5 stars"),
				arguments("0.2", "below half a star"), arguments("4/100", "below half a star"),
				arguments("great film", "no rating found"), arguments("2023/10/21", "no rating found"),
				arguments("rated-11", "above 10/10"), arguments("rated-0", "0 is not a rating"));
	}

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@MethodSource("reasons")
	void parse_notARating_rejectsWithReason(String raw, String reason) {
		assertThatThrownBy(() -> RatingNormalizer.parse(raw)).isInstanceOf(NormalizationException.class)
			.hasMessageStartingWith("\"" + raw + "\": " + reason);
	}

	static Stream<Arguments> ownCases() {
		return Stream.of(arguments("4,5", 9), arguments("+3", 6), arguments("2½ stars", 5), arguments("half a star", 1),
				arguments("one star", 2), arguments("a 3-star film", 6), arguments("eight out of ten", 8),
				arguments("3 out of 4 stars", 8), arguments("4 stars out of 5", 8), arguments("⭐⭐⭐⭐", 8),
				arguments("⭐️⭐️⭐️", 6), arguments("&#x2605;&#x2605;&frac12;", 5), arguments("★ ★ ★", 6),
				arguments("Rating: 4", 8), arguments("Score: 80%", 8), arguments("rating -tiny -darker rated-5", 5),
				arguments("<span class=\"rating rated-9\">", 9), arguments("I gave it 2/5 at first, now 4/5", 8),
				arguments("Final rating: 3/5. Rewatch: 5/5", 6), arguments("4.25", 9), arguments("99/100", 10),
				arguments("5/5 stars", 10));
	}

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@MethodSource("ownCases")
	void parse_ownCase_givesExpectedHalfStars(String raw, int halfStars) {
		assertThat(RatingNormalizer.parse(raw)).isEqualTo(new StarRating(halfStars));
	}

	@Test
	void parse_nullOrBlank_givesNull() {
		assertThat(RatingNormalizer.parse(null)).isNull();
		assertThat(RatingNormalizer.parse(" \t ")).isNull();
	}

	static Stream<Arguments> letterboxdCells() {
		return Stream.of(arguments("0.5", 1), arguments("1", 2), arguments("2.0", 4), arguments("2.5", 5),
				arguments("4", 8), arguments("4.5", 9), arguments("5", 10), arguments("5.0", 10), arguments(" 3.5 ", 7),
				arguments("3.50", 7));
	}

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@MethodSource("letterboxdCells")
	void parseLetterboxd_csvOrRssCell_givesHalfStars(String raw, int halfStars) {
		assertThat(RatingNormalizer.parseLetterboxd(raw)).isEqualTo(new StarRating(halfStars));
	}

	@Test
	void parseLetterboxd_nullEmptyOrBlank_givesNull() {
		assertThat(RatingNormalizer.parseLetterboxd(null)).isNull();
		assertThat(RatingNormalizer.parseLetterboxd("")).isNull();
		assertThat(RatingNormalizer.parseLetterboxd("  ")).isNull();
	}

	@Test
	void parseLetterboxd_sameValue_sharesOneInstance() {
		assertThat(RatingNormalizer.parseLetterboxd("4")).isSameAs(RatingNormalizer.parseLetterboxd("4.0"));
	}

	static Stream<Arguments> letterboxdRejects() {
		return Stream.of(arguments("8", "above 5 stars"), arguments("10", "above 5 stars"),
				arguments("5.5", "above 5 stars"), arguments("0", "0 is not a rating"),
				arguments("0.0", "0 is not a rating"), arguments("-1", "a rating cannot be negative"),
				arguments("4.3", "not a half-star step"), arguments("★★★★", "not a Letterboxd rating"),
				arguments("4/5", "not a Letterboxd rating"), arguments("rated-8", "not a Letterboxd rating"));
	}

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@MethodSource("letterboxdRejects")
	void parseLetterboxd_otherNotation_rejectsWithReason(String raw, String reason) {
		assertThatThrownBy(() -> RatingNormalizer.parseLetterboxd(raw)).isInstanceOf(NormalizationException.class)
			.hasMessageStartingWith("\"" + raw + "\": " + reason);
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "0.5", "1", "1.5", "2", "2.5", "3", "3.5", "4", "4.5", "5" })
	void parseLetterboxd_everyExportValue_agreesWithParse(String raw) {
		assertThat(RatingNormalizer.parseLetterboxd(raw)).isEqualTo(RatingNormalizer.parse(raw));
	}

	@ParameterizedTest(name = "{0} half-stars")
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })
	void parseLetterboxd_starsAsTheImportFormatWritesThem_roundTrips(int halfStars) {
		StarRating rating = new StarRating(halfStars);
		assertThat(RatingNormalizer.parseLetterboxd(rating.stars())).isEqualTo(rating);
	}

}
