package dev.reviewbatch.normalize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reviewbatch.domain.StarRating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link RatingNormalizer#findAll}, {@link RatingNormalizer#current} and
 * {@link RatingNormalizer#history}.
 */
class RatingNormalizerFreeTextTests {

	private static final Path SEED = Path.of("../shared/seeds/ballerina-2025-review.txt");

	@Test
	void findAll_ballerinaSeed_findsThreeStatementsInOrder() throws IOException {
		String text = seed();

		List<RatingMention> mentions = RatingNormalizer.findAll(text);

		assertThat(mentions).extracting(m -> m.rating().halfStars()).containsExactly(4, 8, 8);
		assertThat(mentions).extracting(RatingMention::matched)
			.containsExactly("2 out of 5 stars", "4 out of 5 stars", "Final Rating: ★★★★☆ (4/5)");
		assertThat(mentions).extracting(RatingMention::isFinal).containsExactly(false, false, true);
		assertThat(text.substring(0, mentions.get(0).end())).endsWith("I originally gave it a 2 out of 5 stars");
		assertThat(text.substring(0, mentions.get(1).end())).endsWith("I bumped my score up to 4 out of 5 stars");
		mentions.forEach(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.matched()));
	}

	@Test
	void current_ballerinaSeed_isTheFinalFourStars() throws IOException {
		Optional<RatingMention> current = RatingNormalizer.current(RatingNormalizer.findAll(seed()));

		assertThat(current).get().extracting(RatingMention::rating).isEqualTo(new StarRating(8));
		assertThat(current).get().extracting(RatingMention::matched).isEqualTo("Final Rating: ★★★★☆ (4/5)");
	}

	@Test
	void history_ballerinaSeed_isTwoThenFourStars() throws IOException {
		List<RatingMention> history = RatingNormalizer.history(RatingNormalizer.findAll(seed()));

		assertThat(history).extracting(m -> m.rating().halfStars()).containsExactly(4, 8);
		assertThat(history).extracting(RatingMention::matched).containsExactly("2 out of 5 stars", "4 out of 5 stars");
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "I kept thinking about the final 45–50 minutes.",
			"<a href=\"https://www.npr.org/2020/07/10/889037310/review\" rel=\"nofollow\">NPR</a> liked it",
			"see npr.org/2020/07/10/889037310 for more", "via infobae.com/america/2023/10/21/nota-1/ today",
			"Watched 2023/10/21 at the cinema", "released 10/10/2020 in cinemas", "Meow meow meow meow 2.5",
			"I'd say 80% of it works", "4 out of 5 dentists agree", "its two stars have great chemistry",
			"The Naked Gun 2½: The Smell of Fear", "open 24/7", "one of the stars of the year",
			"Hollywood's biggest stars", "Score: 11/10 lol", "chapter 1/2 was fine", "3–4 stars, hard to say", "" })
	void findAll_noRatingStatement_findsNothing(String text) {
		assertThat(RatingNormalizer.findAll(text)).isEmpty();
	}

	@Test
	void findAll_fractionOnRatingScaleInOddProse_countsAsRating() {
		// known limit: x/5, x/10 and x/100 are taken as ratings wherever they stand
		assertThat(RatingNormalizer.findAll("a 1/5 chance")).extracting(m -> m.rating().halfStars()).containsExactly(2);
	}

	@Test
	void findAll_null_isEmpty() {
		assertThat(RatingNormalizer.findAll(null)).isEmpty();
	}

	@Test
	void findAll_scoreLineAtTopOfReview_isOneMention() {
		List<RatingMention> mentions = RatingNormalizer.findAll("68/100\r\n\r\nWhile it's fun, 2023/10 was better.");

		assertThat(mentions).singleElement().satisfies(m -> {
			assertThat(m.rating()).isEqualTo(new StarRating(7));
			assertThat(m.start()).isZero();
			assertThat(m.matched()).isEqualTo("68/100");
		});
	}

	@Test
	void findAll_labelledBareNumber_isARating() {
		assertThat(RatingNormalizer.findAll("Plot holes aside. Rating: 3.5")).singleElement().satisfies(m -> {
			assertThat(m.rating()).isEqualTo(new StarRating(7));
			assertThat(m.matched()).isEqualTo("Rating: 3.5");
			assertThat(m.isFinal()).isFalse();
		});
	}

	@Test
	void findAll_verdict_isFinal() {
		assertThat(RatingNormalizer.findAll("Verdict: 4/5")).singleElement().satisfies(m -> {
			assertThat(m.rating()).isEqualTo(new StarRating(8));
			assertThat(m.isFinal()).isTrue();
		});
	}

	@Test
	void findAll_sameValueInTwoNotationsSideBySide_isOneMention() {
		assertThat(RatingNormalizer.findAll("My score: 8/10 (★★★★)")).singleElement()
			.satisfies(m -> assertThat(m.matched()).isEqualTo("score: 8/10 (★★★★)"));
	}

	@Test
	void findAll_differentValuesSideBySide_areTwoMentions() {
		assertThat(RatingNormalizer.findAll("★★★★☆ (7/10)")).extracting(m -> m.rating().halfStars())
			.containsExactly(8, 7);
	}

	@Test
	void findAll_glyphsInsideHtml_tagsIgnored() {
		List<RatingMention> mentions = RatingNormalizer
			.findAll("<p>Cinco estrellas.</p><p><b>★★★½</b> and &#9733;&#9733;&#9733;</p>");

		assertThat(mentions).extracting(RatingMention::matched).containsExactly("★★★½", "&#9733;&#9733;&#9733;");
		assertThat(mentions).extracting(m -> m.rating().halfStars()).containsExactly(7, 6);
	}

	@Test
	void findAll_words_areRatings() {
		assertThat(RatingNormalizer.findAll("Two stars for the camera work, three and a half stars overall."))
			.extracting(m -> m.rating().halfStars())
			.containsExactly(4, 7);
	}

	@Test
	void current_noFinal_isTheLast() {
		List<RatingMention> mentions = RatingNormalizer.findAll("First 2/5, then 3/5.");

		assertThat(RatingNormalizer.current(mentions)).get().extracting(RatingMention::matched).isEqualTo("3/5");
	}

	@Test
	void current_finalBeforeLaterMention_isTheFinal() {
		List<RatingMention> mentions = RatingNormalizer.findAll("Final rating: 3/5. My friend gave it 5/5.");

		assertThat(RatingNormalizer.current(mentions)).get()
			.extracting(RatingMention::matched)
			.isEqualTo("Final rating: 3/5");
	}

	@Test
	void current_noMentions_isEmpty() {
		assertThat(RatingNormalizer.current(List.of())).isEmpty();
	}

	@Test
	void history_valueComingBack_isANewEvent() {
		List<RatingMention> mentions = RatingNormalizer.findAll("3/5, then 3/5 again, then 4/5, then back to 3/5");

		assertThat(RatingNormalizer.history(mentions)).extracting(m -> m.rating().halfStars()).containsExactly(6, 8, 6);
	}

	private static String seed() throws IOException {
		assumeTrue(Files.isRegularFile(SEED), "skipped: seed review " + SEED.toAbsolutePath() + " is absent");
		return Files.readString(SEED, StandardCharsets.UTF_8);
	}

}
