package dev.reviewbatch.normalize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ReviewTextNormalizerTests {

	private static final Path SEED = Path.of("../shared/seeds/ballerina-2025-review.txt");

	static Stream<Arguments> plainText() {
		return Stream.of(arguments("lol", "lol"), arguments("  lol  ", "lol"),
				arguments("Big Dan - his face.\r\n\r\nBig Aston - its designator.",
						"Big Dan - his face.\n\nBig Aston - its designator."),
				arguments("one\r\ntwo\rthree\nfour", "one\ntwo\nthree\nfour"), arguments("a\n\n\n\nb", "a\n\nb"),
				arguments("a \n \t \n b", "a\n\nb"), arguments("a  b\t\tc\u00A0\u00A0d", "a b c d"),
				arguments("a \n b", "a\nb"),
				arguments("This film is not as complex as they insisted, so what was the point, even? ",
						"This film is not as complex as they insisted, so what was the point, even?"));
	}

	@ParameterizedTest(name = "{index}")
	@MethodSource("plainText")
	void toPlainText_plainText_normalisesOnlyLineBreaksAndSpaces(String raw, String expected) {
		assertThat(ReviewTextNormalizer.toPlainText(raw)).isEqualTo(expected);
	}

	@Test
	void toPlainText_alreadyNormalText_returnsTheSameInstance() {
		String review = "I’m going to steal the Declaration of Independence.\n\nSecond paragraph.";
		assertThat(ReviewTextNormalizer.toPlainText(review)).isSameAs(review);
	}

	@Test
	void toPlainText_unusualCharacters_keptAsWritten() {
		String review = "“coolˮ shots… Ź̷̡a̶l̸g̵o̴ 🎬👍 Pietà WALL·E bummed“a";
		assertThat(ReviewTextNormalizer.toPlainText(review)).isEqualTo(review);
	}

	static Stream<Arguments> html() {
		return Stream.of(arguments("<b>KIEFO LOL</b>", "KIEFO LOL"),
				arguments("<i>Vin Diesel<i> has way too many parallels with <i>Agents of S.H.I.E.L.D.<i> Too much.",
						"Vin Diesel has way too many parallels with Agents of S.H.I.E.L.D. Too much."),
				arguments("It&#39;s so <i style=\"font-weight: bold;\">human</i>, &quot;ya&quot; know?",
						"It's so human, \"ya\" know?"),
				arguments("<p>First.</p><p>Second.</p>", "First.\n\nSecond."),
				arguments("Line one<br>line two<br><br>New paragraph", "Line one\nline two\n\nNew paragraph"),
				arguments("Line one<br />\nline two<br/>\r\n<br>\nNew paragraph",
						"Line one\nline two\n\nNew paragraph"),
				arguments("Line one<br>\n\nNew paragraph", "Line one\n\nNew paragraph"),
				arguments("<h2>Verdict</h2>Good.", "Verdict\n\nGood."),
				arguments(
						"<b>This bit originally appeared on <a href=\"http://bit.ly/redbillboards\" rel=\"nofollow\">"
								+ "Extratone</a>.</b>\r\n\r\n\r\nIndeed, it may be",
						"This bit originally appeared on Extratone.\n\nIndeed, it may be"),
				arguments("<blockquote>Quote one\n\nmy take\n\n<blockquote>Quote two\n\nmore",
						"Quote one\n\nmy take\n\nQuote two\n\nmore"),
				arguments("<a href=\"https://example.com\">unclosed link text\n\nnext", "unclosed link text\n\nnext"),
				arguments("I <3 this & that", "I <3 this & that"),
				arguments("Tom &amp; Jerry&nbsp;&nbsp;rule", "Tom & Jerry rule"),
				arguments("<p><img src=\"https://a.ltrbxd.com/poster.jpg\"/></p> <p>Text</p>", "Text"),
				arguments("a<ul><li>one</li><li>two</li></ul>b", "a\n\none\ntwo\n\nb"));
	}

	@ParameterizedTest(name = "{index}: {0}")
	@MethodSource("html")
	void toPlainText_html_givesTextWithParagraphs(String raw, String expected) {
		assertThat(ReviewTextNormalizer.toPlainText(raw)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{index}")
	@MethodSource("plainText")
	void toPlainText_plainTextWrappedInParagraph_sameAsPlainPath(String raw, String expected) {
		assertThat(ReviewTextNormalizer.toPlainText("<p>" + raw + "</p>")).isEqualTo(expected);
	}

	@Test
	void toPlainText_crlfInsideHtmlReview_becomesLf() {
		String review = "<i>Spectre</i> is fine.\r\nSecond line.\r\n\r\n<b>Bad Movie, Okay Bond</b>.";
		assertThat(ReviewTextNormalizer.toPlainText(review))
			.isEqualTo("Spectre is fine.\nSecond line.\n\nBad Movie, Okay Bond.")
			.doesNotContain("\r");
	}

	@Test
	void toPlainText_manyUnclosedBlockquotes_keepsAllText() {
		String review = "<blockquote>a\n\n".repeat(1203) + "end</blockquote>";
		String text = ReviewTextNormalizer.toPlainText(review);
		assertThat(text).startsWith("a\n\na\n\n").endsWith("a\n\nend");
		assertThat(text.split("\n\n")).hasSize(1204);
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "", "  ", "\r\n\r\n", "<p></p>", "<p><img src=\"x.jpg\"></p>", "&nbsp;" })
	void toPlainText_noText_givesNull(String raw) {
		assertThat(ReviewTextNormalizer.toPlainText(raw)).isNull();
	}

	@Test
	void toPlainText_null_givesNull() {
		assertThat(ReviewTextNormalizer.toPlainText(null)).isNull();
	}

	@Test
	void toPlainText_ballerinaSeed_keepsCharactersAsWritten() throws IOException {
		assumeTrue(Files.isRegularFile(SEED), "skipped: seed review " + SEED.toAbsolutePath() + " is absent");
		String seed = Files.readString(SEED, StandardCharsets.UTF_8);

		String text = ReviewTextNormalizer.toPlainText(seed);

		assertThat(text)
			.contains("I walked away from the theater bummed“a beautiful disappointment” was the phrase I used.")
			.contains("Wick’s chaos")
			.endsWith("Final Rating: ★★★★☆ (4/5)\nLetterboxd Review: https://boxd.it/a2MBlp");
		assertThat(text.lines().count()).isEqualTo(seed.strip().lines().count());
	}

	@Test
	void startsWithSpoilerNote_rssSpoilerDescription_isTrue() {
		String description = " <p><img src=\"https://a.ltrbxd.com/resized/film-poster/1.jpg\"/></p> "
				+ "<p><em>This review may contain spoilers.</em></p> <p>The ending…</p> ";
		assertThat(ReviewTextNormalizer.startsWithSpoilerNote(description)).isTrue();
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "<p>The ending… This review may contain spoilers.</p>",
			"<p>Watched on Saturday August 1, 2026.</p>", "" })
	void startsWithSpoilerNote_otherDescription_isFalse(String description) {
		assertThat(ReviewTextNormalizer.startsWithSpoilerNote(description)).isFalse();
	}

	@Test
	void startsWithSpoilerNote_null_isFalse() {
		assertThat(ReviewTextNormalizer.startsWithSpoilerNote(null)).isFalse();
	}

}
