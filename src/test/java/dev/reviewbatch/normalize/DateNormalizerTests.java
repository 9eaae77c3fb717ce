package dev.reviewbatch.normalize;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class DateNormalizerTests {

	static List<CaseFile.Row> dateCases() {
		return CaseFile.rows("dates.tsv");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dateCases")
	void parse_sharedCase_givesExpectedDate(CaseFile.Row row) {
		boolean dayFirst = row.cell(2).equals("day-first");
		if (row.rejects()) {
			assertThatThrownBy(() -> DateNormalizer.parse(row.raw(), dayFirst))
				.isInstanceOf(NormalizationException.class)
				.satisfies(ex -> assertThat(ex.getMessage()).matches(".+: .+"));
			return;
		}
		LocalDate expected = row.cell(1).isEmpty() ? null : LocalDate.parse(row.cell(1));
		assertThat(DateNormalizer.parse(row.raw(), dayFirst)).isEqualTo(expected);
	}

	static Stream<Arguments> ownCases() {
		return Stream.of(arguments("2025-06-06T00:30:00+13:00", "2025-06-06"),
				arguments("2025-06-06T23:59:59.999-11:00", "2025-06-06"), arguments("2025-06-06T20:15", "2025-06-06"),
				arguments("2025.06.06", "2025-06-06"), arguments("  2025-06-06  ", "2025-06-06"),
				arguments("Sept 1, 2025", "2025-09-01"), arguments("1st of September 2025", "2025-09-01"),
				arguments("JUNE 6 2025", "2025-06-06"), arguments("Logged 2025-06-06 after a rewatch", "2025-06-06"),
				arguments("1717632000000", "2024-06-06"), arguments("12/31/2024", "2024-12-31"),
				arguments("31.12.2024", "2024-12-31"), arguments("Mon, 01 Jan 2024 00:00:00 GMT", "2024-01-01"));
	}

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@MethodSource("ownCases")
	void parse_ownCase_givesExpectedDate(String raw, String expected) {
		assertThat(DateNormalizer.parse(raw)).isEqualTo(LocalDate.parse(expected));
	}

	@Test
	void parse_pubDateLateEveningInNewZealand_keepsItsOwnDayNotUtc() {
		// 00:30 on 24 Dec in +13:00 is still 23 Dec in UTC; the date written is the one
		// that counts
		assertThat(DateNormalizer.parse("Wed, 24 Dec 2025 00:30:00 +1300")).isEqualTo(LocalDate.of(2025, 12, 24));
	}

	@Test
	void parse_ambiguousWithDayFirst_readsDayThenMonth() {
		assertThat(DateNormalizer.parse("03/04/2025", true)).isEqualTo(LocalDate.of(2025, 4, 3));
		assertThat(DateNormalizer.parse("03/04/2025", false)).isEqualTo(LocalDate.of(2025, 3, 4));
	}

	@Test
	void parse_unambiguousMonthFirstWithDayFirstOption_stillMonthFirst() {
		assertThat(DateNormalizer.parse("06/13/2025", true)).isEqualTo(LocalDate.of(2025, 6, 13));
	}

	static Stream<Arguments> rejects() {
		return Stream.of(arguments("2025-02-30", "day 30 does not exist in February 2025"),
				arguments("2025-13-01", "month 13 does not exist"), arguments("0000-00-00", "year 0 is not plausible"),
				arguments("yesterday", "no date found"), arguments("13/13/2025", "month 13 does not exist"),
				arguments("123", "neither YYYYMMDD nor epoch seconds"), arguments("June 31, 2025", "day 31"),
				arguments("2023-02-29", "day 29 does not exist in February 2023"));
	}

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@MethodSource("rejects")
	void parse_invalid_rejectsWithReason(String raw, String reason) {
		assertThatThrownBy(() -> DateNormalizer.parse(raw)).isInstanceOf(NormalizationException.class)
			.hasMessageContaining(reason)
			.satisfies(ex -> assertThat(((NormalizationException) ex).rawValue()).isEqualTo(raw));
	}

	@Test
	void parse_nullOrBlank_givesNull() {
		assertThat(DateNormalizer.parse(null)).isNull();
		assertThat(DateNormalizer.parse(" \u00A0")).isNull();
	}

	@Test
	void parseIso_letterboxdDate_givesDate() {
		assertThat(DateNormalizer.parseIso("2017-12-20")).isEqualTo(LocalDate.of(2017, 12, 20));
		assertThat(DateNormalizer.parseIso("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(DateNormalizer.parseIso(" 2017-12-20\r")).isEqualTo(LocalDate.of(2017, 12, 20));
	}

	@Test
	void parseIso_nullEmptyOrBlank_givesNull() {
		assertThat(DateNormalizer.parseIso(null)).isNull();
		assertThat(DateNormalizer.parseIso("")).isNull();
		assertThat(DateNormalizer.parseIso("   ")).isNull();
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "2025-6-6", "2025/06/06", "20250606", "06/06/2025", "2025-06-06T20:15:00Z", "2025-0a-06",
			"June 6, 2025", "-025-06-06" })
	void parseIso_anyOtherForm_rejects(String raw) {
		assertThatThrownBy(() -> DateNormalizer.parseIso(raw)).isInstanceOf(NormalizationException.class)
			.hasMessageContaining("expected a date as YYYY-MM-DD");
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "2025-02-30", "2025-13-01", "0000-00-00", "2025-00-10" })
	void parseIso_impossibleDate_rejectsWithReason(String raw) {
		assertThatThrownBy(() -> DateNormalizer.parseIso(raw)).isInstanceOf(NormalizationException.class)
			.hasMessageMatching("\"" + raw + "\": (day|month|year) .+");
	}

}
