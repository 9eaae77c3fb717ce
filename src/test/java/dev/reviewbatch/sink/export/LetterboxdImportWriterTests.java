package dev.reviewbatch.sink.export;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LetterboxdImportWriterTests {

	@TempDir
	Path folder;

	@Test
	void write_viewingsAndRatedFilmsWithoutViewing_oneRowEach() throws IOException {
		TestStore store = new TestStore().film("heat:1995", "Heat", 1995, "https://boxd.it/heat")
			.film("alien:1979", "Alien", 1979, null)
			.film("solo:2018", "Solo", 2018, "https://boxd.it/solo")
			.viewing("https://boxd.it/v1", "heat:1995", LocalDate.of(2020, 1, 1), 8, false, "crime, la", "<p>Great</p>",
					"LIVE")
			.viewing("https://boxd.it/v2", "heat:1995", LocalDate.of(2023, 5, 6), 9, true, null, null, "LIVE")
			.viewing("https://boxd.it/v3", "alien:1979", LocalDate.of(2021, 2, 3), null, false, null, null, "DELETED")
			.rating("heat:1995", 9, "LIVE")
			.rating("solo:2018", 5, "LIVE")
			.rating("alien:1979", 7, "GONE");

		LetterboxdImportWriter.Result result = new LetterboxdImportWriter(store.jdbc).write(folder);

		assertThat(result.files()).containsExactly(folder.resolve("letterboxd-import-001.csv"));
		assertThat(result.viewingRows()).isEqualTo(2);
		assertThat(result.ratingRows()).isEqualTo(1);
		List<Map<String, String>> rows = rows(result.files().get(0));
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).containsEntry("LetterboxdURI", "https://boxd.it/heat")
			.containsEntry("Title", "Heat")
			.containsEntry("Year", "1995")
			.containsEntry("Rating", "4.0")
			.containsEntry("Rating10", "8")
			.containsEntry("WatchedDate", "2020-01-01")
			.containsEntry("Rewatch", "false")
			.containsEntry("Tags", "crime, la")
			.containsEntry("Review", "<p>Great</p>");
		assertThat(rows.get(1)).containsEntry("Rewatch", "true").containsEntry("Rating", "4.5");
		assertThat(rows.get(2)).containsEntry("Title", "Solo")
			.containsEntry("Rating", "2.5")
			.containsEntry("Rating10", "5")
			.containsEntry("WatchedDate", "")
			.containsEntry("LetterboxdURI", "https://boxd.it/solo");
	}

	@Test
	void write_header_isLetterboxdImportHeader() throws IOException {
		new LetterboxdImportWriter(new TestStore().jdbc).write(folder);

		assertThat(Files.readString(folder.resolve("letterboxd-import-001.csv"))).isEqualTo(
				"LetterboxdURI,tmdbID,imdbID,Title,Year,Directors,Rating,Rating10,WatchedDate,Rewatch,Tags,Review\n");
	}

	@Test
	void write_filmUriUnknown_leavesLetterboxdUriBlankNeverTheViewingUri() throws IOException {
		TestStore store = new TestStore().film("alien:1979", "Alien", 1979, null)
			.viewing("https://boxd.it/viewing", "alien:1979", LocalDate.of(2021, 2, 3), 6, false, null, null, "LIVE");

		List<Map<String, String>> rows = rows(new LetterboxdImportWriter(store.jdbc).write(folder).files().get(0));

		assertThat(rows.get(0)).containsEntry("LetterboxdURI", "");
	}

	@Test
	void write_titleTagsAndReviewStartingWithFormulaCharacters_writtenVerbatim() throws IOException {
		TestStore store = new TestStore().film("1:2013", "+1", 2013, null)
			.viewing("v1", "1:2013", LocalDate.of(2021, 2, 3), 6, false, "@ theatre, -meh", "=bold claim", "LIVE");

		Map<String, String> row = rows(new LetterboxdImportWriter(store.jdbc).write(folder).files().get(0)).get(0);

		assertThat(row).containsEntry("Title", "+1")
			.containsEntry("Tags", "@ theatre, -meh")
			.containsEntry("Review", "=bold claim");
	}

	@Test
	void write_moreThanOneMegabyte_splitsIntoNumberedFilesUnderTheLimitWithoutSplittingARecord() throws IOException {
		TestStore store = new TestStore().film("heat:1995", "Heat", 1995, "https://boxd.it/heat");
		String review = "Multi-line review, ünïcödé ★, \"quoted\".\n".repeat(12);
		int viewings = 3000;
		for (int i = 0; i < viewings; i++) {
			store.viewing("v" + i, "heat:1995", LocalDate.of(2000, 1, 1).plusDays(i), 1 + i % 10, i % 2 == 0, "t" + i,
					review, "LIVE");
		}

		LetterboxdImportWriter.Result result = new LetterboxdImportWriter(store.jdbc).write(folder);

		assertThat(result.files()).hasSizeGreaterThan(1);
		assertThat(result.files().get(0).getFileName()).hasToString("letterboxd-import-001.csv");
		assertThat(result.files().get(1).getFileName()).hasToString("letterboxd-import-002.csv");
		List<Map<String, String>> all = new ArrayList<>();
		for (Path file : result.files()) {
			assertThat(Files.size(file)).isLessThan(LetterboxdImportWriter.MAX_BYTES);
			assertThat(Files.readString(file)).startsWith("LetterboxdURI,tmdbID,");
			all.addAll(rows(file));
		}
		assertThat(all).hasSize(viewings);
		assertThat(all).allSatisfy(row -> assertThat(row).containsEntry("Review", review));
		assertThat(all.stream().map(row -> row.get("Tags")).toList()).doesNotHaveDuplicates();
		assertThat(result.oversizedRecords()).isZero();
	}

	@Test
	void write_again_replacesTheFilesOfAnEarlierExport() throws IOException {
		TestStore store = new TestStore().film("heat:1995", "Heat", 1995, null);
		for (int i = 0; i < 30; i++) {
			store.viewing("v" + i, "heat:1995", LocalDate.of(2000, 1, 1).plusDays(i), 5, false, null, null, "LIVE");
		}
		new LetterboxdImportWriter(store.jdbc, 500).write(folder);
		store.jdbc.update("DELETE FROM viewing");

		LetterboxdImportWriter.Result second = new LetterboxdImportWriter(store.jdbc, 500).write(folder);

		assertThat(second.files()).hasSize(1);
		try (var files = Files.list(folder)) {
			assertThat(files.map(p -> p.getFileName().toString()).toList())
				.containsExactly("letterboxd-import-001.csv");
		}
	}

	static List<Map<String, String>> rows(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				rows.add(record.toMap());
			}
			return rows;
		}
	}

}
