package dev.reviewbatch.normalize;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reviewbatch.domain.Film;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TitleNormalizerTests {

	static List<CaseFile.Row> titleCases() {
		return CaseFile.rows("titles.tsv");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("titleCases")
	void parse_sharedCase_givesExpectedTitleAndYear(CaseFile.Row row) {
		if (row.rejects()) {
			assertThatThrownBy(() -> TitleNormalizer.parse(row.raw())).isInstanceOf(NormalizationException.class)
				.hasMessageContaining(":");
			return;
		}
		Film film = TitleNormalizer.parse(row.raw());
		assertThat(film.title()).isEqualTo(row.cell(1));
		assertThat(film.year()).isEqualTo(row.cell(2).isEmpty() ? null : Integer.valueOf(row.cell(2)));
	}

	static Stream<Arguments> cleanCases() {
		return Stream.of(arguments("Ballerina", "Ballerina"),
				arguments("Blade Runner 2049 (2017)", "Blade Runner 2049 (2017)"),
				arguments("“Ballerina”", "Ballerina"), arguments("Ballerina”", "Ballerina"),
				arguments("\"Deji\" Meets Girl", "\"Deji\" Meets Girl"), arguments("Matrix, The", "The Matrix"),
				arguments("'Salem's Lot", "'Salem's Lot"), arguments("Tom &amp; Jerry", "Tom & Jerry"),
				arguments("Sweet Sweetback&#039;s Baadasssss Song", "Sweet Sweetback's Baadasssss Song"),
				arguments("Three Billboards Outside Ebbing, Missouri", "Three Billboards Outside Ebbing, Missouri"),
				arguments("  WALL·E\u00A0 ", "WALL·E"));
	}

	@ParameterizedTest(name = "\"{0}\" → \"{1}\"")
	@MethodSource("cleanCases")
	void clean_title_keepsYearAndRemovesOnlyNoise(String raw, String expected) {
		assertThat(TitleNormalizer.clean(raw)).isEqualTo(expected);
	}

	static Stream<Arguments> ownParseCases() {
		return Stream.of(arguments("'Jaws'", "Jaws"), arguments("‘Jaws’", "Jaws"),
				arguments("\"Dune: Part Two\" (2024)", "Dune: Part Two"),
				arguments("\"Ballerina (2025)\"", "Ballerina"),
				arguments("\"Deji\" Meets Girl\"", "\"Deji\" Meets Girl"), arguments("«Amélie»", "Amélie"),
				arguments("'Round Midnight (1986)", "'Round Midnight"),
				arguments("Auberge espagnole, L'", "L'Auberge espagnole"),
				arguments("Auberge espagnole, L’", "L’Auberge espagnole"), arguments("Boot, Das (1981)", "Das Boot"),
				arguments("Lola rennt, die", "die Lola rennt"),
				arguments("Sex, Lies, and Videotape", "Sex, Lies, and Videotape"),
				arguments("Me, Myself & Irene", "Me, Myself & Irene"), arguments("Ballerina (2025/I)", "Ballerina"),
				arguments("Halloween (II) (2009)", "Halloween"),
				arguments("Film (Director's Cut)", "Film (Director's Cut)"), arguments("Zone (1234)", "Zone (1234)"),
				arguments("Bande\u00A0à\u00A0part", "Bande à part"),
				arguments("Tom&nbsp;&amp;&nbsp;Jerry", "Tom & Jerry"),
				arguments("The Naked Gun 2½: The Smell of Fear (1991)", "The Naked Gun 2½: The Smell of Fear"));
	}

	@ParameterizedTest(name = "\"{0}\" → \"{1}\"")
	@MethodSource("ownParseCases")
	void parse_ownCase_givesExpectedTitle(String raw, String expected) {
		assertThat(TitleNormalizer.parse(raw).title()).isEqualTo(expected);
	}

	@Test
	void parse_imdbYearWithDisambiguator_keepsYear() {
		assertThat(TitleNormalizer.parse("Ballerina (2025/I)")).isEqualTo(new Film("Ballerina", 2025));
	}

	@Test
	void parse_implausibleYear_staysInTitleWithoutYear() {
		assertThat(TitleNormalizer.parse("Zone (1234)")).isEqualTo(new Film("Zone (1234)", null));
	}

	@Test
	void parse_decomposedAccent_isComposedNfc() {
		String title = TitleNormalizer.parse("Ame\u0301lie").title();
		assertThat(title).isEqualTo("Am\u00E9lie").hasSize(6);
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "\"\"", "“”", "\u00A0", "\t\n" })
	void parse_onlyQuotesOrSpace_rejects(String raw) {
		assertThatThrownBy(() -> TitleNormalizer.parse(raw)).isInstanceOf(NormalizationException.class)
			.hasMessageContaining("a film needs a title");
	}

	@Test
	void clean_null_rejectsNamingNoValue() {
		assertThatThrownBy(() -> TitleNormalizer.clean(null)).isInstanceOf(NormalizationException.class)
			.hasMessage("(no value): a film needs a title");
	}

	static Stream<Arguments> yearCases() {
		return Stream.of(arguments("2023", 2023), arguments(" 1999 ", 1999), arguments("1870", 1870),
				arguments("2200", 2200), arguments("", null), arguments("   ", null));
	}

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@MethodSource("yearCases")
	void year_fourDigitsOrBlank_givesYearOrNull(String raw, Integer expected) {
		assertThat(TitleNormalizer.year(raw)).isEqualTo(expected);
	}

	@Test
	void year_null_givesNull() {
		assertThat(TitleNormalizer.year(null)).isNull();
	}

	static Stream<Arguments> badYears() {
		return Stream.of(arguments("2023.0", "a spreadsheet number, not a year"),
				arguments("1869", "implausible release year"), arguments("2201", "implausible release year"),
				arguments("0000", "implausible release year"), arguments("23", "a year must be four digits"),
				arguments("2023a", "a year must be four digits"), arguments("MMXXIII", "a year must be four digits"));
	}

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@MethodSource("badYears")
	void year_malformed_rejectsWithReason(String raw, String reason) {
		assertThatThrownBy(() -> TitleNormalizer.year(raw)).isInstanceOf(NormalizationException.class)
			.hasMessageContaining(reason)
			.satisfies(ex -> assertThat(((NormalizationException) ex).rawValue()).isEqualTo(raw));
	}

}
