package dev.reviewbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reviewbatch.Fixtures;

/**
 * End-to-end: an entry's state follows the latest export that holds it. A file refused as
 * a whole says nothing about which entries are gone (issue 11 §2), an entry seen again is
 * live again, and a rating edited between two exports stays in the rating history with
 * its date and source (issue 12).
 */
class ExportStateTests {

	/** A gone change line or count; the phase "mark gone" in the summary is not one. */
	private static final String GONE = "gone:|\\d[\\d,]* gone";

	@TempDir
	Path tmp;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "folder", "zip" })
	void exportWithARefusedDiary_marksNothingGone_andTheGoodExportKeepsEverything(String form) throws IOException {
		Path out = tmp.resolve("out");
		CliRun first = CliRun.importInto(out, Fixtures.SAMPLE_ZIP);
		assertThat(first.csv("viewings.csv")).hasSize(28);
		Path broken = copyOfSample("broken");
		Files.write(broken.resolve("diary.csv"), new byte[4096]);
		Path input = form.equals("zip") ? zip(broken, tmp.resolve("broken.zip")) : broken;

		CliRun refused = CliRun.importInto(out, input);

		assertThat(refused.exitCode()).as(refused.err()).isZero();
		assertThat(refused.rejects()).filteredOn(r -> r.get("source").equals("diary.csv"))
			.singleElement()
			.satisfies(r -> assertThat(r.get("reason")).startsWith("file refused: consists only of NUL bytes"));
		assertThat(refused.out()).as("a refused diary.csv says nothing about which viewings are gone")
			.doesNotContainPattern(GONE);
		assertThat(refused.csv("viewings.csv")).hasSize(28);

		CliRun good = CliRun.importInto(out, Fixtures.SAMPLE_ZIP);

		assertThat(good.out()).contains("0 new, 0 updated, 138 unchanged, 3 rejected").doesNotContainPattern(GONE);
		assertThat(good.csv("viewings.csv")).hasSize(28);
	}

	@Test
	void entryGoneFromOneExport_isLiveAgainWhenALaterExportHoldsIt() throws IOException {
		Path out = tmp.resolve("out");
		CliRun.importInto(out, Fixtures.SAMPLE_ZIP);
		String viewings = Files.readString(out.resolve("clean/viewings.csv"));
		String watchlist = Files.readString(out.resolve("clean/watchlist.csv"));
		Path fewer = copyOfSample("fewer");
		dropLinesContaining(fewer.resolve("diary.csv"), "Transformers: Age of Extinction");
		dropLinesContaining(fewer.resolve("watchlist.csv"), "Crouching Tiger, Hidden Dragon");

		CliRun without = CliRun.importInto(out, fewer);

		assertThat(without.out()).contains("2 gone");
		assertThat(without.csv("viewings.csv")).extracting(v -> v.get("title"))
			.doesNotContain("Transformers: Age of Extinction");

		CliRun again = CliRun.importInto(out, Fixtures.SAMPLE_ZIP);

		assertThat(again.exitCode()).as(again.err()).isZero();
		assertThat(again.csv("viewings.csv")).extracting(v -> v.get("title"))
			.contains("Transformers: Age of Extinction");
		assertThat(Files.readString(out.resolve("clean/viewings.csv"))).isEqualTo(viewings);
		assertThat(Files.readString(out.resolve("clean/watchlist.csv"))).isEqualTo(watchlist);
	}

	@Test
	void ratingEditedBetweenExports_keepsTheOldRatingInTheHistory_andAReimportAddsNothing() throws IOException {
		Path out = tmp.resolve("out");
		CliRun.importInto(out, Fixtures.SAMPLE_ZIP);
		Path edited = copyOfSample("edited");
		replaceInLine(edited.resolve("diary.csv"), "https://boxd.it/IX9fqR", ",4,", ",3,");
		replaceInLine(edited.resolve("reviews.csv"), "https://boxd.it/IX9fqR", ",4,", ",3,");

		CliRun newer = CliRun.importInto(out, edited);

		assertThat(newer.exitCode()).as(newer.err()).isZero();
		assertThat(newer.out()).contains("(4.0 → 3.0)");
		List<Map<String, String>> history = ghostProtocol(newer.csv("rating_history.csv"));
		assertThat(history)
			.extracting(h -> h.get("date") + " " + h.get("rating") + " after " + h.get("previous_rating"))
			.containsExactly("2022-12-16 4.0 after ", "2022-12-16 3.0 after 4.0", "2022-12-17 4.0 after 3.0");
		assertThat(history).extracting(h -> h.get("origin")).containsExactly("review", "review", "ratings");
		assertThat(history.get(0).get("source")).as("the old observation keeps its source").isEqualTo("reviews.csv:21");
		assertThat(newer.csv("viewings.csv")).filteredOn(v -> "https://boxd.it/IX9fqR".equals(v.get("letterboxd_uri")))
			.singleElement()
			.satisfies(v -> assertThat(v.get("rating")).isEqualTo("3.0"));
		String historyFile = Files.readString(out.resolve("clean/rating_history.csv"));

		CliRun again = CliRun.importInto(out, edited);

		assertThat(again.out()).contains("0 new, 0 updated");
		assertThat(Files.readString(out.resolve("clean/rating_history.csv"))).isEqualTo(historyFile);
	}

	@Test
	void filmRenamedBetweenExports_takesTheNewestExportsTitle() throws IOException {
		Path out = tmp.resolve("out");
		CliRun.importInto(out, Fixtures.SAMPLE_ZIP);
		Path renamed = copyOfSample("renamed");
		try (Stream<Path> files = Files.walk(renamed)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
				Files.writeString(file, Files.readString(file)
					.replace("Transformers: Age of Extinction", "Transformers Age of Extinction"));
			}
		}

		CliRun newer = CliRun.importInto(out, renamed);

		assertThat(newer.exitCode()).as(newer.err()).isZero();
		assertThat(newer.csv("films.csv"))
			.filteredOn(f -> f.get("film_key").startsWith("transformers-age-of-extinction"))
			.singleElement()
			.satisfies(f -> assertThat(f.get("title")).isEqualTo("Transformers Age of Extinction"));
		assertThat(newer.csv("viewings.csv")).extracting(v -> v.get("title"))
			.contains("Transformers Age of Extinction")
			.doesNotContain("Transformers: Age of Extinction");

		CliRun again = CliRun.importInto(out, renamed);

		assertThat(again.out()).contains("0 new, 0 updated");
	}

	@Test
	void entryDeletedAndLoggedAgainUnderANewUri_isOneLiveViewing_countedOnceInHistoryAndReport() throws IOException {
		Path out = tmp.resolve("out");
		CliRun.importInto(out, Fixtures.SAMPLE_ZIP);
		List<String> reports = List.of("year_in_review.csv", "activity_by_year.csv", "rating_distribution.csv",
				"rating_timelines.csv", "totals.csv");
		Map<String, List<String>> before = new HashMap<>();
		for (String report : reports) {
			before.put(report, reportData(out, report));
		}
		Path relogged = copyOfSample("relogged");
		replaceInLine(relogged.resolve("diary.csv"), "https://boxd.it/PFk6B0", "2019-03-02,Spirited Away",
				"2024-05-05,Spirited Away");
		replaceInLine(relogged.resolve("diary.csv"), "https://boxd.it/PFk6B0", "https://boxd.it/PFk6B0",
				"https://boxd.it/NEWx01");
		String oldLine = Files.readAllLines(Fixtures.SAMPLE_FOLDER.resolve("diary.csv"))
			.stream()
			.filter(line -> line.contains("https://boxd.it/PFk6B0"))
			.findFirst()
			.orElseThrow();
		Files.writeString(relogged.resolve("deleted/diary.csv"), oldLine + "\n", StandardOpenOption.APPEND);

		CliRun newer = CliRun.importInto(out, relogged);

		assertThat(newer.exitCode()).as(newer.err()).isZero();
		assertThat(newer.out()).contains("1 new, 1 updated").contains("viewing deleted: Spirited Away (2001)");
		assertThat(spiritedAwayOn20190301(newer.csv("viewings.csv"))).singleElement()
			.satisfies(v -> assertThat(v.get("letterboxd_uri")).isEqualTo("https://boxd.it/NEWx01"));
		assertThat(spiritedAwayOn20190301(newer.csv("rating_history.csv")))
			.as("the deleted entry's rating is not a second observation")
			.singleElement()
			.satisfies(h -> assertThat(h.get("rating")).isEqualTo("5.0"));
		for (String report : reports) {
			assertThat(reportData(out, report)).as(report + ": nothing counted twice").isEqualTo(before.get(report));
		}

		CliRun again = CliRun.importInto(out, relogged);

		assertThat(again.out()).contains("0 new, 0 updated");
		assertThat(spiritedAwayOn20190301(again.csv("viewings.csv"))).hasSize(1);
	}

	private static List<Map<String, String>> spiritedAwayOn20190301(List<Map<String, String>> rows) {
		return rows.stream()
			.filter(r -> r.get("title").equals("Spirited Away"))
			.filter(r -> "2019-03-01".equals(r.containsKey("watched_date") ? r.get("watched_date") : r.get("date")))
			.toList();
	}

	private static List<String> reportData(Path out, String file) throws IOException {
		return Files.readAllLines(out.resolve("reports/data").resolve(file))
			.stream()
			.filter(line -> !line.startsWith("import_runs,"))
			.toList();
	}

	private static List<Map<String, String>> ghostProtocol(List<Map<String, String>> history) {
		return history.stream().filter(h -> h.get("title").equals("Mission: Impossible – Ghost Protocol")).toList();
	}

	private Path copyOfSample(String name) throws IOException {
		return Fixtures.copyOfSampleFolder(tmp.resolve(name));
	}

	private static Path zip(Path folder, Path zip) throws IOException {
		try (OutputStream file = Files.newOutputStream(zip);
				ZipOutputStream out = new ZipOutputStream(file);
				Stream<Path> files = Files.walk(folder)) {
			for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
				out.putNextEntry(new ZipEntry(folder.relativize(path).toString()));
				out.write(Files.readAllBytes(path));
				out.closeEntry();
			}
		}
		return zip;
	}

	private static void dropLinesContaining(Path file, String text) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertThat(lines.removeIf(line -> line.contains(text))).as(file + " holds " + text).isTrue();
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

	private static void replaceInLine(Path file, String lineMarker, String from, String to) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		int edited = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(lineMarker) && lines.get(i).contains(from)) {
				lines.set(i, lines.get(i).replace(from, to));
				edited++;
			}
		}
		assertThat(edited).as(file + ": lines with " + lineMarker).isEqualTo(1);
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

}
