package dev.reviewbatch.normalize;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class HeadlineParserTests {

	static List<CaseFile.Row> headlineCases() {
		return CaseFile.rows("headlines.tsv");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("headlineCases")
	void parse_sharedCase_givesTitleYearAndReviewTitle(CaseFile.Row row) {
		Headline expected = new Headline(row.cell(1), row.cell(2).isEmpty() ? null : Integer.valueOf(row.cell(2)),
				row.cell(3).isEmpty() ? null : row.cell(3));

		assertThat(HeadlineParser.parse(row.raw())).isEqualTo(expected);
	}

	static Stream<Arguments> ownCases() {
		return Stream.of(arguments("Hereditary (2018) Movie Review", new Headline("Hereditary", 2018, null)),
				arguments("Film Review | Past Lives (2023) | A Quiet Ache",
						new Headline("Past Lives", 2023, "A Quiet Ache")),
				arguments("Ballerina Review – A Beautiful Disappointment",
						new Headline("Ballerina", null, "A Beautiful Disappointment")),
				arguments("Lock, Stock and Two Smoking Barrels",
						new Headline("Lock, Stock and Two Smoking Barrels", null, null)),
				arguments("Love, Death &amp; Robots: Zima Blue, 2019 - ★★★½ (contains spoilers)",
						new Headline("Love, Death & Robots: Zima Blue", 2019, null)),
				arguments("Sweet Sweetback&#039;s Baadasssss Song, 1971",
						new Headline("Sweet Sweetback's Baadasssss Song", 1971, null)),
				arguments("The Naked Gun 2½: The Smell of Fear, 1991 - ★★★★",
						new Headline("The Naked Gun 2½: The Smell of Fear", 1991, null)),
				arguments("(500) Days of Summer (2009) Review: Not a Love Story",
						new Headline("(500) Days of Summer", 2009, "Not a Love Story")),
				arguments("Matrix, The (1999) – Review", new Headline("The Matrix", 1999, null)),
				arguments("Crouching Tiger, Hidden Dragon (2000)",
						new Headline("Crouching Tiger, Hidden Dragon", 2000, null)));
	}

	@ParameterizedTest(name = "\"{0}\"")
	@MethodSource("ownCases")
	void parse_ownCase_givesHeadline(String raw, Headline expected) {
		assertThat(HeadlineParser.parse(raw)).isEqualTo(expected);
	}

	@Test
	void parse_blank_rejects() {
		assertThatThrownBy(() -> HeadlineParser.parse("  ")).isInstanceOf(NormalizationException.class)
			.hasMessageContaining("a headline needs a film title");
	}

	@Test
	void headline_blankTitle_isRefusedByTheRecord() {
		assertThatThrownBy(() -> new Headline(" ", 2025, null)).isInstanceOf(IllegalArgumentException.class);
	}

}
