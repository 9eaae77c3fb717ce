package dev.reviewbatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
	void stars_halfStars_asTheImportFormatWritesThem() {
		assertThat(StarRating.ofHalfStars(7).stars()).isEqualTo("3.5");
		assertThat(StarRating.ofHalfStars(8)).hasToString("4.0★");
	}

}
