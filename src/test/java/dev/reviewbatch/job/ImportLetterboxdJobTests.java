package dev.reviewbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.Fixtures;

/**
 * End-to-end: the import command on the synthetic sample export
 * (src/test/resources/letterboxd/sample-export, whose README lists the expected figures),
 * its ZIP, a newer export of the same account, and a single file.
 */
class ImportLetterboxdJobTests {

	@TempDir
	Path out;

	@Test
	void importSampleZip_everyFileReconciles_andFiguresMatchTheFixtureReadme() {
		CliRun run = CliRun.importInto(out, Fixtures.SAMPLE_ZIP);

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("Check: for every file, read = new + unchanged + updated + rejected.")
			.contains("138 new, 0 updated, 0 unchanged, 3 rejected");
		Map<String, Map<String, Object>> files = run.files();
		assertThat(files.keySet()).contains("profile.csv", "diary.csv", "reviews.csv", "ratings.csv", "watched.csv",
				"watchlist.csv", "likes/films.csv", "likes/reviews.csv", "likes/lists.csv", "comments.csv",
				"lists/comfort-films.csv", "lists/heist-night.csv", "deleted/diary.csv", "deleted/reviews.csv",
				"deleted/lists/movies-for-kyle.csv", "orphaned/diary.csv", "orphaned/reviews.csv");
		files.values().forEach(file -> assertThat(file.get("reconciles")).as(file.toString()).isEqualTo(true));
		assertThat(run.count("diary.csv", "read")).isEqualTo(29);
		assertThat(run.count("diary.csv", "new")).isEqualTo(26);
		assertThat(run.count("diary.csv", "rejected")).isEqualTo(3);
		assertThat(run.count("reviews.csv", "new")).isEqualTo(12);
		assertThat(run.count("ratings.csv", "new")).isEqualTo(19);
		assertThat(run.count("watched.csv", "read")).isEqualTo(31);
		assertThat(run.count("lists/comfort-films.csv", "read")).as("1 list row + 7 entries").isEqualTo(8);
		assertThat(run.count("orphaned/reviews.csv", "read")).as("header-only file").isZero();
	}

	@Test
	void importSampleZip_cleanFilesHoldTheNormalizedStore() {
		CliRun run = CliRun.importInto(out, Fixtures.SAMPLE_ZIP);

		List<Map<String, String>> viewings = run.csv("viewings.csv");
		assertThat(viewings).as("26 live + 2 orphaned; deleted entries are never live").hasSize(28);
		assertThat(viewings).filteredOn(v -> v.get("rewatch").equals("true")).hasSize(6);
		assertThat(viewings).extracting(v -> v.get("state")).containsOnly("LIVE", "ORPHANED");
		assertThat(viewings).filteredOn(v -> v.get("state").equals("ORPHANED"))
			.allSatisfy(v -> assertThat(v.get("letterboxd_uri")).isEmpty());
		assertThat(viewings).allSatisfy(v -> {
			assertThat(v.get("rating")).matches("|[0-5]\\.[05]");
			assertThat(v.get("watched_date")).matches("\\d{4}-\\d{2}-\\d{2}");
		});
		assertThat(run.csv("reviews.csv")).hasSize(12);
		assertThat(run.csv("watchlist.csv")).hasSize(10);
		assertThat(run.csv("ratings.csv")).hasSize(19);
		assertThat(run.csv("films.csv")).hasSize(48);
	}

	@Test
	void importSampleZip_filmsFromAllFilesMatchByNormalizedTitleAndYear() {
		CliRun run = CliRun.importInto(out, Fixtures.SAMPLE_ZIP);

		List<Map<String, String>> films = run.csv("films.csv");
		assertThat(films).filteredOn(f -> f.get("film_key").startsWith("amelie:"))
			.as("Amélie written decomposed in one file and precomposed in another is one film")
			.singleElement()
			.satisfies(f -> assertThat(f.get("title")).isEqualTo("Am\u00e9lie"));
		assertThat(films).extracting(f -> f.get("title")).noneMatch(t -> t.contains("\u00a0"));
		Set<String> diaryFilms = run.csv("viewings.csv")
			.stream()
			.map(v -> v.get("film_key"))
			.collect(Collectors.toSet());
		Set<String> ratedFilms = run.csv("ratings.csv")
			.stream()
			.map(r -> r.get("film_key"))
			.collect(Collectors.toSet());
		assertThat(ratedFilms).as("diary viewings and current ratings meet on the same film keys")
			.containsAnyElementsOf(diaryFilms);
		assertThat(films).filteredOn(f -> ratedFilms.contains(f.get("film_key")))
			.allSatisfy(f -> assertThat(f.get("letterboxd_uri")).as("film URI from ratings.csv")
				.startsWith("https://boxd.it/"));
	}

	@Test
	void importSampleZip_ratingHistoryShowsEveryObservationAndTheTwoChanges() {
		CliRun run = CliRun.importInto(out, Fixtures.SAMPLE_ZIP);

		List<Map<String, String>> history = run.csv("rating_history.csv");
		assertThat(history).extracting(h -> h.get("origin")).contains("diary", "ratings");
		Set<String> changed = history.stream()
			.filter(h -> !h.get("previous_rating").isEmpty() && !h.get("previous_rating").equals(h.get("rating")))
			.map(h -> h.get("title") + " " + h.get("previous_rating") + "→" + h.get("rating"))
			.collect(Collectors.toSet());
		assertThat(changed).containsExactlyInAnyOrder("Once Upon a Time… in Hollywood 3.0→4.5", "Tenet 2.5→3.5");
		assertThat(history).filteredOn(h -> h.get("title").equals("Tenet")).extracting(h -> h.get("date")).isSorted();
	}

	@Test
	void importSampleZip_rejectsNameFileLineAndReason_andTheRestImports() throws IOException {
		CliRun run = CliRun.importInto(out, Fixtures.SAMPLE_ZIP);

		List<Map<String, String>> rejects = run.rejects();
		assertThat(rejects).extracting(r -> r.get("source") + ":" + r.get("line"))
			.containsExactly("diary.csv:24", "diary.csv:26", "diary.csv:28");
		assertThat(rejects.get(0).get("reason")).startsWith("Name");
		assertThat(rejects.get(1).get("reason")).isEqualTo("Rating \"5.5\": above 5 stars");
		assertThat(rejects.get(2).get("reason")).startsWith("Watched Date \"2025-02-30\"");
		assertThat(rejects.get(1).get("raw")).contains("Paddington 2");
	}

	@Test
	void importSampleZip_neverStoresOrPrintsTheEmailAddress() throws IOException {
		CliRun run = CliRun.importInto(out, Fixtures.SAMPLE_ZIP);

		assertThat(Files.readString(Fixtures.SAMPLE_FOLDER.resolve("profile.csv"))).contains("samplefan@example.org");
		assertThat(run.out() + run.err()).doesNotContain("@example.org");
		try (Stream<Path> written = Files.walk(out)) {
			for (Path file : written.filter(Files::isRegularFile).toList()) {
				assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
					.doesNotContain("samplefan@example.org");
			}
		}
	}

	@Test
	void importTwice_secondRunSays0New_andChangesNoOutput() throws IOException {
		CliRun first = CliRun.importInto(out, Fixtures.SAMPLE_ZIP);
		String viewings = Files.readString(out.resolve("clean/viewings.csv"));
		String history = Files.readString(out.resolve("clean/rating_history.csv"));

		CliRun second = CliRun.importInto(out, Fixtures.SAMPLE_ZIP);

		assertThat(first.exitCode()).isZero();
		assertThat(second.exitCode()).isZero();
		assertThat(second.out()).contains("0 new, 0 updated, 138 unchanged, 3 rejected");
		assertThat(Files.readString(out.resolve("clean/viewings.csv"))).isEqualTo(viewings);
		assertThat(Files.readString(out.resolve("clean/rating_history.csv"))).isEqualTo(history);
	}

	@Test
	void importFolderAndZip_giveTheSameStore() throws IOException {
		Path zipOut = out.resolve("zip");
		Path folderOut = out.resolve("folder");
		CliRun.importInto(zipOut, Fixtures.SAMPLE_ZIP);
		CliRun folder = CliRun.importInto(folderOut, Fixtures.SAMPLE_FOLDER);

		assertThat(folder.out()).contains("Not part of an export, ignored: README.md");
		for (String name : List.of("films.csv", "viewings.csv", "rating_history.csv", "watchlist.csv")) {
			assertThat(Files.readString(folderOut.resolve("clean").resolve(name))).as(name)
				.isEqualTo(Files.readString(zipOut.resolve("clean").resolve(name)));
		}
	}

	@Test
	void importNewerExport_addsOnlyWhatChanged_andMarksGoneEntriesWithoutDeletingThem() {
		CliRun.importInto(out, Fixtures.SAMPLE_ZIP);

		CliRun newer = CliRun.importInto(out, Fixtures.NEWER_FOLDER);

		assertThat(newer.exitCode()).as(newer.err()).isZero();
		assertThat(List.of(newer.count("diary.csv", "new"), newer.count("diary.csv", "unchanged"),
				newer.count("diary.csv", "rejected")))
			.containsExactly(2L, 25L, 3L);
		assertThat(newer.count("reviews.csv", "updated")).isEqualTo(1);
		assertThat(newer.count("ratings.csv", "updated")).isEqualTo(1);
		assertThat(newer.count("watchlist.csv", "new")).isEqualTo(1);
		assertThat(newer.out()).contains("1 rating changed", "1 review edited", "2 gone")
			.contains("rating changed: Mission: Impossible – Ghost Protocol (2011) (4.0 → 4.5)")
			.contains("review edited: The Emoji Movie (2017)")
			.contains("gone: Transformers: Age of Extinction");
		List<Map<String, String>> viewings = newer.csv("viewings.csv");
		assertThat(viewings).extracting(v -> v.get("title")).doesNotContain("Transformers: Age of Extinction");
		assertThat(viewings).hasSize(29);
		assertThat(newer.csv("rating_history.csv")).as("the gone viewing's rating stays in the history")
			.anySatisfy(h -> assertThat(h.get("title")).isEqualTo("Transformers: Age of Extinction"));
		assertThat(newer.csv("watchlist.csv")).extracting(w -> w.get("title"))
			.contains("Perfect Days")
			.doesNotContain("Crouching Tiger, Hidden Dragon");
		assertThat(newer.csv("ratings.csv")).filteredOn(r -> r.get("title").startsWith("Mission: Impossible"))
			.singleElement()
			.satisfies(r -> assertThat(r.get("rating") + " " + r.get("rated_date")).isEqualTo("4.5 2025-08-30"));
	}

	@Test
	void importSingleDiaryCsv_importsThatFileOnly() {
		CliRun run = CliRun.importInto(out, Fixtures.SAMPLE_FOLDER.resolve("diary.csv"));

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.files().keySet()).containsExactly("diary.csv");
		assertThat(run.count("diary.csv", "new")).isEqualTo(26);
		assertThat(run.csv("viewings.csv")).hasSize(26);
	}

	@Test
	void helpOfImport_describesPathsOptionsAndExitCodes() {
		CliRun help = CliRun.run(out, "import", "--help");
		CliRun top = CliRun.run(out, "--help");

		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("PATH", "--out", "--db");
		assertThat(top.out()).contains("import", "Exit codes", "3", "store is in use");
	}

}
