package dev.reviewbatch.sink.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reviewbatch.Fixtures;
import dev.reviewbatch.SlowTest;

/**
 * The report's numbers on real exports (../shared/corpus, read in place) and on the
 * synthetic sample, against the same figures computed independently from the export's CSV
 * files by {@link LetterboxdCsvFacts}.
 */
@SlowTest
class ReportCorpusTests {

	@TempDir
	Path out;

	@ParameterizedTest
	@ValueSource(strings = { "sample", "extratone", "patrickmjones" })
	void report_ofExport_matchesFiguresComputedFromItsCsvFiles(String name) {
		Path export = name.equals("sample") ? Fixtures.SAMPLE_FOLDER : Fixtures.corpus("letterboxd-export/" + name);
		LetterboxdCsvFacts facts = new LetterboxdCsvFacts(export);

		Path reports = ReportRuns.importAndReport(export, out);

		assertHistogram(reports, facts.histogram());
		assertThat(changedFilms(reports)).isEqualTo(facts.filmsWhoseRatingChanged());
		assertPerYear(reports, facts.watchedDates());
		assertPerDayOfWeek(reports, facts.watchedDates());
		assertThat(totals(reports).get("viewings")).isEqualTo(Long.toString(facts.watchedDates().size()));
		assertThat(totals(reports).get("reviews")).isEqualTo(Long.toString(facts.rows("reviews.csv").size()));
	}

	private static void assertHistogram(Path reports, long[] expected) {
		List<CSVRecord> rows = ReportRuns.data(reports, "rating_distribution");
		assertThat(rows).hasSize(10);
		for (int halfStars = 1; halfStars <= 10; halfStars++) {
			CSVRecord row = rows.get(halfStars - 1);
			assertThat(row.get("rating")).isEqualTo(Figures.stars(halfStars));
			assertThat(Long.parseLong(row.get("films"))).as("films rated %s", row.get("rating"))
				.isEqualTo(expected[halfStars]);
		}
	}

	private static Set<String> changedFilms(Path reports) {
		return ReportRuns.data(reports, "rating_changes")
			.stream()
			.map(r -> LetterboxdCsvFacts.filmKey(r.get("title"), r.get("year")))
			.collect(Collectors.toSet());
	}

	private static void assertPerYear(Path reports, List<LocalDate> dates) {
		Map<String, String> expected = new TreeMap<>();
		dates.stream()
			.collect(Collectors.groupingBy(LocalDate::getYear, TreeMap::new, Collectors.counting()))
			.forEach((year, count) -> expected.put(year.toString(), count.toString()));
		Map<String, String> actual = new TreeMap<>();
		ReportRuns.data(reports, "activity_by_year").forEach(r -> actual.put(r.get("year"), r.get("viewings")));
		assertThat(actual).isEqualTo(expected);
	}

	private static void assertPerDayOfWeek(Path reports, List<LocalDate> dates) {
		List<CSVRecord> rows = ReportRuns.data(reports, "activity_by_day_of_week");
		assertThat(rows).hasSize(7);
		for (DayOfWeek day : DayOfWeek.values()) {
			long expected = dates.stream().filter(d -> d.getDayOfWeek() == day).count();
			assertThat(rows.get(day.ordinal()).get("day_of_week")).isEqualTo(day.name().toLowerCase());
			assertThat(Long.parseLong(rows.get(day.ordinal()).get("viewings"))).as(day.name()).isEqualTo(expected);
		}
	}

	private static Map<String, String> totals(Path reports) {
		return ReportRuns.data(reports, "totals")
			.stream()
			.collect(Collectors.toMap(r -> r.get("figure"), r -> r.get("value")));
	}

}
