package dev.reviewbatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 16: the star glyphs have one home; a rating writes and reads them. */
class StarRatingTests {

	@Test
	void glyphs_halfStarsOf_countsFullHalfAndEmptyGlyphsAndEntities() {
		assertThat(StarRating.GLYPHS.halfStarsOf("★")).isEqualTo(2);
		assertThat(StarRating.GLYPHS.halfStarsOf("⭐")).isEqualTo(2);
		assertThat(StarRating.GLYPHS.halfStarsOf("&#X2605;")).isEqualTo(2);
		assertThat(StarRating.GLYPHS.halfStarsOf("½")).isEqualTo(1);
		assertThat(StarRating.GLYPHS.halfStarsOf("&frac12;")).isEqualTo(1);
		assertThat(StarRating.GLYPHS.halfStarsOf("☆")).isZero();
		assertThat(StarRating.GLYPHS.halfStarsOf("&star;")).isZero();
		assertThat(StarRating.GLYPHS.halfStarsOf(" ")).isEqualTo(-1);
		assertThat(StarRating.GLYPHS.halfStarsOf("\uFE0F")).isEqualTo(-1);
	}

	@Test
	void glyphs_charactersAndShown_listTheRatingGlyphs() {
		assertThat(StarRating.GLYPHS.characters()).isEqualTo("★⭐☆✩½");
		assertThat(StarRating.GLYPHS.shown()).isEqualTo("★⭐½");
		assertThat(StarRating.GLYPHS.entities()).hasSize(11).contains("&#9733;", "&#9734;", "&#xbd;");
	}

	@Test
	void glyphs_wholeAndHalfStars() {
		assertThat(StarRating.ofHalfStars(7).glyphs()).isEqualTo("★★★½");
		assertThat(StarRating.ofHalfStars(1).glyphs()).isEqualTo("½");
		assertThat(StarRating.ofHalfStars(10).glyphs()).isEqualTo("★★★★★");
		assertThat(StarRating.glyphs(0)).isEmpty();
		assertThat(StarRating.GLYPHS.characters()).contains(StarRating.STAR, StarRating.HALF, StarRating.EMPTY);
	}

	@Test
	void glyphs_negativeCount_isRefused() {
		assertThatThrownBy(() -> StarRating.glyphs(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void constructor_outsideOneToTen_isRefused() {
		assertThatThrownBy(() -> new StarRating(0)).hasMessage("half-stars must be 1..10, was 0");
		assertThatThrownBy(() -> new StarRating(11)).hasMessage("half-stars must be 1..10, was 11");
	}

	@Test
	void stars_halfStars_asTheImportFormatWritesThem() {
		assertThat(StarRating.ofHalfStars(7).stars()).isEqualTo("3.5");
		assertThat(StarRating.ofHalfStars(8)).hasToString("4.0★");
	}

}
