package dev.reviewbatch.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LetterGradeTests {

	@ParameterizedTest
	@CsvSource({ "A+,10", "A,9", "A-,8", "B+,8", "B,7", "B-,6", "C+,5", "C,5", "C-,4", "D+,3", "D,2", "D-,2", "F,1",
			"a-,8", "' B+ ',8", "A−,8", "A–,8" })
	void grade_halfStarsOnThe13StepScale(String grade, int halfStars) {
		assertThat(LetterGrade.parse(grade).halfStars()).isEqualTo(halfStars);
	}

	@ParameterizedTest
	@ValueSource(strings = { "E", "A++", "B/C", "4", "", "excellent" })
	void notAGrade_null(String raw) {
		assertThat(LetterGrade.parse(raw)).isNull();
	}

}
