package dev.reviewbatch.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end on the sample export: import it, then export it in each format. */
class ExportCommandTests {

	@TempDir
	static Path out;

	@BeforeAll
	static void importSample() {
		Cli run = Cli.run("import", "input/letterboxd-sample-export.zip", "--out", out.toString(), "--no-report");
		assertThat(run.exitCode()).as(run.err()).isZero();
	}

	@Test
	void exportLetterboxd_sampleStore_oneRowPerShownViewingPlusRatedFilmsWithoutOne() throws Exception {
		Cli run = Cli.run("export", "--format", "letterboxd", "--out", out.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		Path file = out.resolve("export/letterboxd/letterboxd-import-001.csv");
		assertThat(run.out()).contains("1 file(s)", file.toAbsolutePath().normalize().toString());
		List<Map<String, String>> rows = rows(file);
		List<Map<String, String>> viewings = rows(out.resolve("clean/viewings.csv"));
		Set<String> viewedFilms = viewings.stream().map(v -> v.get("film_key")).collect(Collectors.toSet());
		long ratedWithoutViewing = rows(out.resolve("clean/ratings.csv")).stream()
			.filter(r -> !viewedFilms.contains(r.get("film_key")))
			.count();
		assertThat(rows).hasSize(viewings.size() + (int) ratedWithoutViewing);
		assertThat(rows.subList(0, viewings.size())).extracting(r -> r.get("WatchedDate"))
			.containsExactlyElementsOf(viewings.stream().map(v -> v.get("watched_date")).toList());
		assertThat(rows.subList(0, viewings.size())).extracting(r -> r.get("Rewatch"))
			.containsExactlyElementsOf(viewings.stream().map(v -> v.get("rewatch")).toList());
	}

	@Test
	void exportLetterboxd_sampleStore_filmUrisOnlyAndRawReviewHtml() throws Exception {
		Cli.run("export", "--format", "letterboxd", "--out", out.toString());

		List<Map<String, String>> rows = rows(out.resolve("export/letterboxd/letterboxd-import-001.csv"));
		Set<String> viewingUris = rows(out.resolve("clean/viewings.csv")).stream()
			.map(v -> v.get("letterboxd_uri"))
			.filter(uri -> !uri.isEmpty())
			.collect(Collectors.toSet());
		assertThat(rows).extracting(r -> r.get("LetterboxdURI")).doesNotContainAnyElementsOf(viewingUris);
		assertThat(rows).filteredOn(r -> r.get("Title").equals("\"Crocodile\" Dundee"))
			.singleElement()
			.satisfies(r -> assertThat(r.get("Review")).contains("grandparents&#39; house"));
		assertThat(rows).filteredOn(r -> r.get("Tags").startsWith("@")).isNotEmpty();
	}

	@Test
	void exportLetterboxd_output_passesValidate() {
		Cli.run("export", "--format", "letterboxd", "--out", out.toString());

		Cli run = Cli.run("validate", out.resolve("export/letterboxd/letterboxd-import-001.csv").toString());

		assertThat(run.exitCode()).as(run.out()).isZero();
	}

	@Test
	void exportCsvAndJsonl_sampleStore_sameTablesAndRowCounts() throws Exception {
		Path csv = out.resolve("dump-csv");
		Path jsonl = out.resolve("dump-jsonl");

		Cli csvRun = Cli.run("export", "--format", "csv", "--out", out.toString(), "--to", csv.toString());
		Cli jsonlRun = Cli.run("export", "--format", "jsonl", "--out", out.toString(), "--to", jsonl.toString());

		assertThat(csvRun.exitCode()).as(csvRun.err()).isZero();
		assertThat(jsonlRun.exitCode()).as(jsonlRun.err()).isZero();
		for (String table : List.of("accounts", "films", "viewings", "reviews", "rating_events", "current_ratings",
				"film_marks", "lists", "list_entries", "likes", "comments")) {
			int csvRows = rows(csv.resolve(table + ".csv")).size();
			assertThat(Files.readAllLines(jsonl.resolve(table + ".jsonl"))).as(table).hasSize(csvRows);
		}
		assertThat(rows(csv.resolve("films.csv"))).hasSizeGreaterThan(10);
		assertThat(rows(csv.resolve("reviews.csv"))).isNotEmpty();
		assertThat(rows(csv.resolve("film_marks.csv"))).extracting(r -> r.get("kind")).contains("WATCHLIST");
		assertThat(rows(csv.resolve("list_entries.csv"))).isNotEmpty();
	}

	@Test
	void export_defaultTarget_isOutExportFormat() {
		Cli run = Cli.run("export", "--format", "jsonl", "--out", out.toString());

		assertThat(run.exitCode()).isZero();
		assertThat(out.resolve("export/jsonl/films.jsonl")).exists();
	}

	@Test
	void export_noStore_exitsTwo(@TempDir Path empty) {
		Cli run = Cli.run("export", "--format", "csv", "--out", empty.toString());

		assertThat(run.exitCode()).isEqualTo(ReviewBatchCli.CANNOT_RUN);
		assertThat(run.err()).contains("no store at", "run 'reviewbatch import' first");
	}

	@Test
	void export_unknownFormat_exitsTwo() {
		Cli run = Cli.run("export", "--format", "xml", "--out", out.toString());

		assertThat(run.exitCode()).isEqualTo(ReviewBatchCli.CANNOT_RUN);
		assertThat(run.err()).contains("xml");
	}

	@Test
	void export_help_exitsZero() {
		Cli run = Cli.run("export", "--help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("Usage: reviewbatch export", "--format", "--to");
	}

	static List<Map<String, String>> rows(Path file) throws Exception {
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
