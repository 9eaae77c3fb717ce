package dev.reviewbatch.sink.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.Fixtures;
import dev.reviewbatch.cli.ReviewBatchCli;

/**
 * The page in the states a new or shared store is in: no ratings, a single viewing, one
 * account (no account column, no account name) and several accounts (the account named
 * wherever films are listed).
 */
class ReportStatesTests {

	static final String DIARY = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n";

	static final String ACCOUNT_HEADER = "<th scope=\"col\">Account</th>";

	@TempDir
	Path dir;

	@Test
	void storeWithoutRatings_saysNoRatingsYet_insteadOfDrawingEmptyAxes() throws IOException {
		Path export = export("no-ratings", null, DIARY + "2024-01-02,Heat,1995,https://boxd.it/n1,,,,2024-01-01\n"
				+ "2024-01-03,Tenet,2020,https://boxd.it/n2,,,,2024-01-02\n");

		Path reports = ReportRuns.importAndReport(export, dir.resolve("out"));
		String html = ReportRuns.read(reports.resolve("index.html"));

		assertThat(html).contains("No ratings yet")
			.doesNotContain("aria-label=\"Current ratings by half-star\"")
			.doesNotContain("Biggest risers")
			.doesNotContain("aria-label=\"Average rating per year watched\"");
		assertThat(ReportRuns.data(reports, "rating_distribution")).hasSize(10)
			.allSatisfy(row -> assertThat(row.get("films")).isEqualTo("0"));
		assertThat(ReportRuns.data(reports, "activity_by_year"))
			.extracting(r -> r.get("year") + "=" + r.get("viewings"))
			.containsExactly("2024=2");
		assertThat(html).as("a two-day run is a streak").contains("2 days, 1 Jan 2024 – 2 Jan 2024");
	}

	@Test
	void storeWithOneViewing_showsItsYearWithoutAOneDayStreak() throws IOException {
		Path export = export("one", null, DIARY + "2021-03-14,Paddington 2,2017,https://boxd.it/o1,4.5,,,2021-03-13\n");

		Path reports = ReportRuns.importAndReport(export, dir.resolve("out"));
		String html = ReportRuns.read(reports.resolve("index.html"));

		assertThat(html).contains("never two days in a row")
			.doesNotContain("1 day,")
			.doesNotContain("1 days")
			.contains("<h3>2021</h3>")
			.contains("Paddington 2 (2017)")
			.contains("First film · 13 Mar 2021")
			.doesNotContain("Last film")
			.contains("No rating has changed yet");
		assertThat(ReportRuns.data(reports, "year_in_review")).singleElement()
			.satisfies(row -> assertThat(row.get("first_film")).isEqualTo(row.get("last_film")))
			.satisfies(row -> assertThat(row.get("longest_streak_days")).isEqualTo("1"));
	}

	@Test
	void storeWithOneAccount_showsNoAccountColumnOrName_butKeepsItInTheData() {
		Path reports = ReportRuns.importAndReport(Fixtures.SAMPLE_ZIP, dir.resolve("out"));
		String html = ReportRuns.read(reports.resolve("index.html"));

		assertThat(html).doesNotContain(ACCOUNT_HEADER).doesNotContain("samplefan");
		assertThat(ReportRuns.data(reports, "rating_changes")).isNotEmpty()
			.allSatisfy(row -> assertThat(row.get("account")).isEqualTo("samplefan"));
		assertThat(html).as("no provenance on the page")
			.doesNotContain("diary.csv:")
			.doesNotContain("ratings.csv:")
			.doesNotContain("Latest run");
	}

	@Test
	void storeWithSeveralAccounts_namesTheAccountOfEachListedFilm() throws IOException {
		Path out = dir.resolve("out");
		Path alice = export("alice", "alice", DIARY + "2023-05-01,Heat,1995,https://boxd.it/a1,4,,,2023-04-30\n"
				+ "2024-05-01,Heat,1995,https://boxd.it/a2,5,Yes,,2024-04-30\n");
		Path bob = export("bob", "bob", DIARY + "2023-06-01,Heat,1995,https://boxd.it/b1,2,,,2023-05-31\n");

		assertThat(ReviewBatchCli.execute("import", alice.toString(), "--out", out.toString())).isZero();
		Path reports = ReportRuns.importAndReport(bob, out);
		String html = ReportRuns.read(reports.resolve("index.html"));

		assertThat(html).contains("Heat (1995) · alice").contains(ACCOUNT_HEADER);
		assertThat(ReportRuns.data(reports, "rating_changes")).extracting(r -> r.get("account") + " " + r.get("change"))
			.containsExactly("alice +1.0");
		assertThat(ReportRuns.data(reports, "totals")).filteredOn(r -> r.get("figure").equals("viewings"))
			.singleElement()
			.satisfies(r -> assertThat(r.get("value")).isEqualTo("3"));
	}

	/**
	 * An export folder with a diary and, when {@code user} is given, a profile naming the
	 * account.
	 */
	private Path export(String name, String user, String diary) throws IOException {
		Path folder = Files.createDirectories(dir.resolve(name));
		Files.writeString(folder.resolve("diary.csv"), diary);
		if (user != null) {
			Files.writeString(folder.resolve("profile.csv"),
					"Date Joined,Username,Given Name,Family Name,Email Address,Location,Website,Bio,Pronoun,Favorite Films\n"
							+ "2020-01-01," + user + ",,,,,,,,\n");
		}
		return folder;
	}

}
