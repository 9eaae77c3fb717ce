package dev.reviewbatch.source.csvformats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.source.csvformats.SpreadsheetDates.Order;

class SpreadsheetDatesTests {

	private static SpreadsheetDates of(String... values) {
		return SpreadsheetDates.of("Date Rated", Arrays.asList(values));
	}

	@Test
	void monthAbove12Anywhere_settlesMonthFirst_forEveryDateOfTheFile() {
		SpreadsheetDates dates = of("3/4/2020", "10/23/2021", "");

		assertThat(dates.order()).isEqualTo(Order.MONTH_FIRST);
		assertThat(dates.refusal()).isNull();
		assertThat(dates.toIso("3/4/2020")).isEqualTo("2020-03-04");
		assertThat(dates.toIso("10/23/2021")).isEqualTo("2021-10-23");
	}

	@Test
	void dayAbove12Anywhere_settlesDayFirst_dotsAndDashesToo() {
		SpreadsheetDates dates = of("03.04.2020", "23.10.2021");

		assertThat(dates.order()).isEqualTo(Order.DAY_FIRST);
		assertThat(dates.toIso("03.04.2020")).isEqualTo("2020-04-03");
		assertThat(dates.toIso("3-4-2020")).isEqualTo("2020-04-03");
	}

	@Test
	void everyDateAmbiguous_refused_namingADateAndItsLine() {
		SpreadsheetDates dates = of("5/5/2020", "3/4/2020", "11/2/2022");

		assertThat(dates.refusal()).isEqualTo("Date Rated dates such as \"3/4/2020\" (line 3) read as day/month or"
				+ " month/day, and no date in the file has a day above 12 to tell which; re-save its dates as YYYY-MM-DD");
	}

	@Test
	void bothOrdersInOneFile_refused_namingOneOfEach() {
		SpreadsheetDates dates = of("13/4/2020", "4/13/2020");

		assertThat(dates.refusal()).startsWith("Date Rated mixes day-first dates, e.g. \"13/4/2020\" (line 2),")
			.contains("month-first dates, e.g. \"4/13/2020\" (line 3)");
	}

	@Test
	void isoAndSameDayAndMonth_nothingToDecide_readAsWritten() {
		SpreadsheetDates dates = of("2020-04-03", "5/5/2020", "12/12/2022");

		assertThat(dates.order()).isEqualTo(Order.NONE);
		assertThat(dates.refusal()).isNull();
		assertThat(dates.toIso("2020-04-03")).isEqualTo("2020-04-03");
		assertThat(dates.toIso("5/5/2020")).isEqualTo("2020-05-05");
	}

	@Test
	void impossibleOrOtherValues_leftAsWrittenForTheRowsOwnCheck() {
		SpreadsheetDates dates = of("10/23/2021", "2/30/2022", "13/13/2020", "yesterday");

		assertThat(dates.refusal()).isNull();
		assertThat(dates.toIso("2/30/2022")).isEqualTo("2/30/2022");
		assertThat(dates.toIso("13/13/2020")).isEqualTo("13/13/2020");
		assertThat(dates.toIso("yesterday")).isEqualTo("yesterday");
		assertThat(dates.toIso("")).isEmpty();
		assertThat(dates.problem("2/30/2022"))
			.isEqualTo("\"2/30/2022\": no such date, read month first as the file's other dates");
		assertThat(dates.problem("10/23/2021")).isNull();
		assertThat(dates.problem("yesterday")).isNull();
	}

	@Test
	void spreadsheetTimeAfterTheDate_ignored() {
		assertThat(of("10/23/2021 14:05").toIso("10/23/2021 2:05 PM")).isEqualTo("2021-10-23");
	}

	@Test
	void scan_readsTheWholeFile_soTheDecisionDoesNotDependOnWhereReadingStarts(@TempDir Path dir) throws IOException {
		Path file = Files.write(dir.resolve("ratings.csv"),
				List.of("Title,Date Rated", "A,3/4/2020", "B,4/5/2020", "C,6/7/2020", "D,7/30/2020"));

		SpreadsheetDates dates = SpreadsheetDates.scan(file, "Date Rated");

		assertThat(dates.order()).isEqualTo(Order.MONTH_FIRST);
		assertThat(dates.toIso("3/4/2020")).isEqualTo("2020-03-04");
	}

	@Test
	void scan_columnAbsentOrFileUnreadable_nothingToDecide(@TempDir Path dir) throws IOException {
		Path file = Files.write(dir.resolve("other.csv"), List.of("Title,Year", "A,2020"));

		assertThat(SpreadsheetDates.scan(file, "Date Rated").refusal()).isNull();
		assertThat(SpreadsheetDates.scan(dir.resolve("missing.csv"), "Date Rated").refusal()).isNull();
	}

}
