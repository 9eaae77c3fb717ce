package dev.reviewbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source-side inputs of "real data, round two" through the import command: films-grid
 * ratings as undated current ratings, list and filmography pages as lists, an empty diary
 * page, Letterboxd pages with nothing to import (rejected with the kind and the reason),
 * a page of many reviews, and an IMDb file re-saved with US dates.
 */
class ImportRealDataRoundTwoTests {

	@TempDir
	Path dir;

	private static Path resource(String path) {
		try {
			return Path.of(ImportRealDataRoundTwoTests.class.getResource("/" + path).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Path pages(String... resources) throws IOException {
		Path folder = Files.createDirectories(dir.resolve("pages"));
		for (String resource : resources) {
			Files.copy(resource(resource), folder.resolve(Path.of(resource).getFileName().toString()));
		}
		return folder;
	}

	@Test
	void filmsGridRatings_storedAsCurrentRatingsWithAnEmptyRatedDate() throws IOException {
		CliRun run = CliRun.importInto(dir.resolve("out"), pages("html/films-2025.html"));

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.csv("ratings.csv"))
			.extracting(
					r -> r.get("title") + "|" + r.get("rating") + "|" + r.get("rated_date") + "|" + r.get("account"))
			.containsExactlyInAnyOrder("The Harbour Light (Director's Cut)|3.5||demo_viewer",
					"The Keeper's Lantern|1.0||demo_viewer");
		assertThat(run.csv("watched.csv")).hasSize(3);
	}

	@Test
	void listAndFilmographyPages_listEntriesStored_emptyDiaryStoresNothingAndRejectsNothing() throws IOException {
		CliRun run = CliRun.importInto(dir.resolve("out"),
				pages("html/list-2023.html", "html/filmography-director-2025.html", "html/diary-empty-2023.html"));

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.csv("list_entries.csv"))
			.extracting(r -> r.get("list_name") + "|" + r.get("position") + "|" + r.get("title"))
			.contains("Films with lighthouses|1|The Keeper's Lantern", "Films with lighthouses|3|Bread & Salt",
					"Director: Maren Oskarsdóttir|1|Saltmarsh",
					"Director: Maren Oskarsdóttir|2|Two (or Three) Winters");
		assertThat(run.csv("ratings.csv")).extracting(r -> r.get("title") + "|" + r.get("rated_date"))
			.containsExactlyInAnyOrder("The Keeper's Lantern|", "Bread & Salt|");
		assertThat(run.rejects()).isEmpty();
		Map<String, Map<String, Object>> files = run.files();
		assertThat(files.values()).allSatisfy(file -> assertThat(file).containsEntry("reconciles", true));
	}

	@Test
	void letterboxdPagesWithNothingToImport_rejectNamesTheKindAndWhy() throws IOException {
		CliRun run = CliRun.importInto(dir.resolve("out"),
				pages("html/list-2025-unknown-entries.html", "html/profile-2025.html"));

		assertThat(run.exitCode()).as(run.err()).isZero();
		List<String> reasons = run.rejects().stream().map(r -> r.get("reason")).toList();
		assertThat(reasons).hasSize(2)
			.contains("Letterboxd list page (2025 markup): no entries found")
			.anySatisfy(
					reason -> assertThat(reason).startsWith("a Letterboxd page of a kind reviewbatch does not read"))
			.noneSatisfy(reason -> assertThat(reason).contains("no rating found"));
	}

	@Test
	void pageOfManyReviews_oneReviewPerFilm_theUnratedOneRejected() throws IOException {
		CliRun run = CliRun.importInto(dir.resolve("out"), pages("article/many-reviews-2023.html"));

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.csv("reviews.csv")).extracting(r -> r.get("title") + "|" + r.get("rating"))
			.containsExactlyInAnyOrder("Saltmarsh|3.5", "Quiet Orbit|4.0", "The Keeper's Lantern|2.5");
		assertThat(run.rejects()).singleElement()
			.satisfies(r -> assertThat(r.get("reason"))
				.startsWith("page of 4 reviews, review 4 (Bread & Salt (2019)): no rating found"));
	}

	@Test
	void imdbFileWithUsDates_ratedDatesAsIso_impossibleDateRejectedForItsRowOnly() {
		CliRun run = CliRun.importInto(dir.resolve("out"), resource("imdb/ratings-us-dates-spreadsheet.csv"));

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.csv("ratings.csv")).extracting(r -> r.get("title") + "|" + r.get("rated_date"))
			.containsExactlyInAnyOrder("Saltmarsh|2021-03-04", "Quiet Orbit|2021-10-23",
					"The Keeper's Lantern|2022-12-12");
		assertThat(run.rejects()).singleElement()
			.satisfies(r -> assertThat(r.get("line") + " " + r.get("reason"))
				.isEqualTo("5 Date Rated \"2/30/2022\": no such date, read month first as the file's other dates"));
	}

}
