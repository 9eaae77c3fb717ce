package dev.reviewbatch.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The error contract every normalizer shares: for any input it returns a value (or null)
 * or throws {@link NormalizationException} with a reason, never another exception. Inputs
 * are random strings over the characters the formats use, from a fixed seed so a failure
 * repeats.
 */
class NormalizerContractTests {

	private static final String ALPHABET = "0123456789/.,-–:() ★☆½&#;<>\"'“”abcdeilnorstuvxyRATINGScoreFinal%\n\r\t\u00A0IVX";

	private static final List<String> INPUTS = randomInputs(5_000);

	static Stream<Arguments> normalizers() {
		return Stream.of(arguments("TitleNormalizer.parse", (Function<String, Object>) TitleNormalizer::parse),
				arguments("TitleNormalizer.clean", (Function<String, Object>) TitleNormalizer::clean),
				arguments("TitleNormalizer.year", (Function<String, Object>) TitleNormalizer::year),
				arguments("DateNormalizer.parse", (Function<String, Object>) DateNormalizer::parse),
				arguments("DateNormalizer.parseIso", (Function<String, Object>) DateNormalizer::parseIso),
				arguments("RatingNormalizer.parse", (Function<String, Object>) RatingNormalizer::parse),
				arguments("RatingNormalizer.parseLetterboxd",
						(Function<String, Object>) RatingNormalizer::parseLetterboxd),
				arguments("RatingNormalizer.findAll", (Function<String, Object>) RatingNormalizer::findAll),
				arguments("HeadlineParser.parse", (Function<String, Object>) HeadlineParser::parse),
				arguments("ReviewTextNormalizer.toPlainText",
						(Function<String, Object>) ReviewTextNormalizer::toPlainText),
				arguments("FlagNormalizer.rewatch", (Function<String, Object>) FlagNormalizer::rewatch),
				arguments("TagNormalizer.split", (Function<String, Object>) TagNormalizer::split));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("normalizers")
	void normalizer_anyInput_returnsOrThrowsNormalizationExceptionWithReason(String name,
			Function<String, Object> normalizer) {
		List<String> unexpected = new ArrayList<>();
		for (String input : INPUTS) {
			try {
				normalizer.apply(input);
			}
			catch (NormalizationException ex) {
				if (!ex.getMessage().matches("(?s).+: .+")) {
					unexpected.add(input + " → no reason: " + ex.getMessage());
				}
			}
			catch (RuntimeException ex) {
				unexpected.add(input + " → " + ex);
			}
		}
		assertThat(unexpected).as(name).isEmpty();
	}

	private static List<String> randomInputs(int count) {
		Random random = new Random(20250606);
		List<String> inputs = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			StringBuilder input = new StringBuilder();
			int length = random.nextInt(24);
			for (int j = 0; j < length; j++) {
				input.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			inputs.add(input.toString());
		}
		return inputs;
	}

}
