package dev.reviewbatch.source.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LetterboxdLinksTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Letterboxd Review: https://boxd.it/a2MBlp|https://boxd.it/a2MBlp",
			"<a href=\"https://letterboxd.com/film/aftersun/\">log</a>|https://letterboxd.com/film/aftersun/",
			"see https://letterboxd.com/kevinyang/film/unbelievable-2019/1/.|https://letterboxd.com/kevinyang/film/unbelievable-2019/1/",
			"https://www.letterboxd.com/film/heat-1995|https://www.letterboxd.com/film/heat-1995" })
	void reviewOrFilmLink_found(String text, String link) {
		assertThat(LetterboxdLinks.first(text)).isEqualTo(link);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://letterboxd.com/reelnotes/", "https://letterboxd.com/reelnotes/list/faves/",
			"https://example.org/film/heat/", "no link" })
	void profileListOrOtherSites_none(String text) {
		assertThat(LetterboxdLinks.first(text)).isNull();
	}

}
