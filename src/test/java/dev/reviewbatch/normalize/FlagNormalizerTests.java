package dev.reviewbatch.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlagNormalizerTests {

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "Yes", "yes", "YES", "true", "True", "1", " Yes " })
	void rewatch_yesValue_isTrue(String raw) {
		assertThat(FlagNormalizer.rewatch(raw)).isTrue();
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "", " ", "No", "no", "false", "FALSE", "0" })
	void rewatch_noValueOrBlank_isFalse(String raw) {
		assertThat(FlagNormalizer.rewatch(raw)).isFalse();
	}

	@Test
	void rewatch_null_isFalse() {
		assertThat(FlagNormalizer.rewatch(null)).isFalse();
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "Y", "maybe", "2", "Yes!", "-1" })
	void rewatch_otherValue_rejectsWithReason(String raw) {
		assertThatThrownBy(() -> FlagNormalizer.rewatch(raw)).isInstanceOf(NormalizationException.class)
			.hasMessage("\"" + raw + "\": expected Yes, No or blank");
	}

}
