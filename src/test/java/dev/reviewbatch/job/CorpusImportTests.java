package dev.reviewbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.Fixtures;
import dev.reviewbatch.SlowTest;

/**
 * The import on the real exports in ../shared/corpus/letterboxd-export (read in place;
 * skipped when absent): per-file reconciliation, and values checked against counts the
 * test computes itself from the raw files.
 */
@SlowTest
class CorpusImportTests {

	@TempDir
	Path out;

	@Test
	void extratone_everyFileReconciles_withNoRejects_andConcreteValues() throws IOException {
		Path export = Fixtures.corpus("letterboxd-export/extratone");

		CliRun run = CliRun.importInto(out, export);

		assertThat(run.exitCode()).as(run.err()).isZero();
		run.files().values().forEach(f -> assertThat(f.get("reconciles")).as(f.toString()).isEqualTo(true));
		assertThat(run.count("diary.csv", "read")).isEqualTo(rows(export.resolve("diary.csv")).size()).isEqualTo(317);
		assertThat(run.count("reviews.csv", "read")).isEqualTo(127);
		assertThat(run.count("ratings.csv", "new")).isEqualTo(233);
		assertThat(run.count("watched.csv", "new")).isEqualTo(408);
		assertThat(run.files().values()).allSatisfy(f -> assertThat(f.get("rejected")).isEqualTo(0));
		assertThat(run.out()).contains("(account DavidBlue)");
		List<Map<String, String>> viewings = run.csv("viewings.csv");
		assertThat(viewings).hasSize(317);
		assertThat(viewings).filteredOn(v -> v.get("rewatch").equals("true"))
			.hasSize((int) rows(export.resolve("diary.csv")).stream()
				.filter(r -> r.get("Rewatch").equals("Yes"))
				.count());
		assertThat(run.csv("reviews.csv")).hasSize(127);
	}

	@Test
	void extratone_diaryAndRatingsMeetOnTheSameFilms_asComputedFromTheRawFiles() throws IOException {
		Path export = Fixtures.corpus("letterboxd-export/extratone");
		Set<String> diaryFilms = nameYear(rows(export.resolve("diary.csv")));
		Set<String> ratedFilms = nameYear(rows(export.resolve("ratings.csv")));
		Set<String> both = new HashSet<>(diaryFilms);
		both.retainAll(ratedFilms);

		CliRun run = CliRun.importInto(out, export);

		Set<String> viewed = run.csv("viewings.csv").stream().map(v -> v.get("film_key")).collect(Collectors.toSet());
		Set<String> rated = run.csv("ratings.csv").stream().map(r -> r.get("film_key")).collect(Collectors.toSet());
		viewed.retainAll(rated);
		assertThat(both).hasSizeGreaterThan(100);
		assertThat(viewed).hasSize(both.size());
	}

	@Test
	void extratone_ratingHistoryHoldsTheDiaryToCurrentChanges_asComputedFromTheRawFiles() throws IOException {
		Path export = Fixtures.corpus("letterboxd-export/extratone");
		CliRun run = CliRun.importInto(out, export);

		List<Map<String, String>> history = run.csv("rating_history.csv");
		assertThat(history).filteredOn(h -> h.get("title").equals("Ready Player One"))
			.extracting(h -> h.get("origin") + " " + h.get("rating"))
			.containsSubsequence("review 0.5", "ratings 4.0");
		long diaryRated = rows(export.resolve("diary.csv")).stream().filter(r -> !r.get("Rating").isEmpty()).count();
		assertThat(history).filteredOn(h -> h.get("origin").equals("diary")).hasSizeLessThanOrEqualTo((int) diaryRated);
		assertThat(history).filteredOn(h -> h.get("origin").equals("ratings")).hasSize(233);
	}

	@Test
	void patrickmjones_listsOfBothGenerations_blankUrisAndYears_allStored() throws IOException {
		Path export = Fixtures.corpus("letterboxd-export/patrickmjones");

		CliRun run = CliRun.importInto(out, export);

		assertThat(run.exitCode()).as(run.err()).isZero();
		run.files().values().forEach(f -> assertThat(f.get("reconciles")).as(f.toString()).isEqualTo(true));
		assertThat(run.count("diary.csv", "read")).isEqualTo(2132);
		List<Map<String, String>> viewings = run.csv("viewings.csv");
		assertThat(viewings).hasSize(2132 - (int) run.count("diary.csv", "rejected"));
		assertThat(viewings).filteredOn(v -> v.get("letterboxd_uri").isEmpty()).hasSize(10);
		assertThat(viewings).filteredOn(v -> v.get("year").isEmpty()).hasSize(2);
		assertThat(run.count("lists/zatoichi.csv", "read"))
			.isEqualTo(rows(export.resolve("lists/zatoichi.csv")).size());
		assertThat(run.csv("list_entries.csv")).extracting(e -> e.get("list_name")).contains("Zatoichi");
		assertThat(run.csv("watchlist.csv")).hasSize(805);
	}

	/**
	 * Data records of a Letterboxd CSV; for a list file, its metadata row plus entries
	 * (the two-table shape).
	 */
	private static List<Map<String, String>> rows(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<CSVRecord> records = CSVFormat.RFC4180.parse(reader).getRecords();
			List<Map<String, String>> rows = new ArrayList<>();
			List<String> header = null;
			for (CSVRecord record : records) {
				List<String> values = record.toList();
				if (values.size() == 1
						&& (values.get(0).isBlank() || values.get(0).startsWith("Letterboxd list export"))) {
					continue;
				}
				if (header == null || values.equals(List.of("Position", "Name", "Year", "URL", "Description"))) {
					header = values;
					continue;
				}
				Map<String, String> row = new java.util.LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), values.get(i));
				}
				rows.add(row);
			}
			return rows;
		}
	}

	private static Set<String> nameYear(List<Map<String, String>> rows) {
		return rows.stream()
			.map(r -> java.text.Normalizer.normalize(r.get("Name").strip(), java.text.Normalizer.Form.NFC).toLowerCase()
					+ "|" + r.get("Year"))
			.collect(Collectors.toSet());
	}

}
