package dev.reviewbatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 16: the star glyphs have one home; a rating writes and reads them. */
class StarRatingTests {

	@Test
	void glyphs_wholeAndHalfStars() {
		assertThat(StarRating.ofHalfStars(7).glyphs()).isEqualTo("★★★½");
		assertThat(StarRating.ofHalfStars(1).glyphs()).isEqualTo("½");
		assertThat(StarRating.ofHalfStars(10).glyphs()).isEqualTo("★★★★★");
		assertThat(StarRating.glyphs(0)).isEmpty();
	}

	@Test
	void glyphs_negativeCount_isRefused() {
		assertThatThrownBy(() -> StarRating.glyphs(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void halfStarsOf_everyGlyph_andNothingElse() {
		assertThat(StarRating.GLYPHS.chars().map(c -> StarRating.halfStarsOf((char) c))).containsExactly(2, 2, 1, 0, 0);
		assertThat(StarRating.halfStarsOf('*')).isEqualTo(-1);
		assertThat(StarRating.GLYPHS).contains(StarRating.STAR, StarRating.HALF, StarRating.EMPTY);
	}

	@Test
	void toString_starsWithTheStarSign() {
		assertThat(StarRating.ofHalfStars(7)).hasToString("3.5★");
	}

	@Test
	void constructor_outsideOneToTen_isRefused() {
		assertThatThrownBy(() -> new StarRating(0)).hasMessage("half-stars must be 1..10, was 0");
		assertThatThrownBy(() -> new StarRating(11)).hasMessage("half-stars must be 1..10, was 11");
	}

}
