package dev.reviewbatch.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTests {

	@TempDir
	Path folder;

	@Test
	void validate_oneProblemOfEachKind_printsEachWithItsLineAndExitsOne() throws Exception {
		String bigReview = "x".repeat(1_000_000);
		Path file = write("upload.csv",
				String.join("\n", "Title,Year,Rating,Rating10,WatchedDate,Rewatch,Review,Runtime", "Heat,1995,5.5,,,,,", // 2
						"Alien,1979,3.7,,,,,", // 3
						"Solo,2018,,11,,,,", // 4
						"Dune,2021,,,14/03/2021,,,", // 5
						"Dune,2021,,,2021-02-30,,,", // 6
						"Dune,2021,,,,maybe,,", // 7
						",,4,,,,,", // 8
						"Heat,1995", // 9
						"Big,2000,,,,,review " + bigReview + ",", // 10: fine, but makes
																	// the file too big
						""));

		Cli run = Cli.run("validate", file.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out().lines()).containsSubsequence(
				String.format(Locale.ROOT, "file: %,d bytes: Letterboxd's importer takes files under 1 MB; split it",
						Files.size(file)),
				"line 1: column \"Runtime\": unknown to Letterboxd's importer (known: LetterboxdURI,tmdbID,imdbID,"
						+ "Title,Year,Directors,Rating,Rating10,WatchedDate,Rewatch,Tags,Review)",
				"line 2: Rating \"5.5\": above 5 stars", "line 3: Rating \"3.7\": not in half-star steps",
				"line 4: Rating10 \"11\": outside 1–10",
				"line 5: WatchedDate \"14/03/2021\": not an ISO date (YYYY-MM-DD)",
				"line 6: WatchedDate \"2021-02-30\": no such date", "line 7: Rewatch \"maybe\": expected true or false",
				"line 8: no film: Title, LetterboxdURI, imdbID, tmdbID are all blank",
				"line 9: expected 8 fields, found 2", file + ": 10 problem(s) in 9 rows");
		assertThat(run.out().lines()).hasSize(11);
	}

	@Test
	void validate_noIdentifyingColumnAndNotUtf8_reportedForTheHeaderAndTheFile() throws Exception {
		Path file = folder.resolve("latin.csv");
		Files.write(file, "Rating,WatchedDate,Tags\n4,2024-01-01,café\n".getBytes("windows-1252"));

		Cli run = Cli.run("validate", file.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out().lines()).startsWith("file: not UTF-8 (it reads as Windows-1252); save it as UTF-8",
				"line 1: no column names the films: needs one of Title, LetterboxdURI, imdbID, tmdbID",
				"line 2: no film: Title, LetterboxdURI, imdbID, tmdbID are all blank");
	}

	@Test
	void validate_cleanFile_exitsZero() throws Exception {
		Path file = write("ok.csv", """
				imdbID,Title,Rating10,WatchedDate,Rewatch,Rating,Year,Review
				tt0113277,Heat,8,2024-02-29,true,,1995,"<p>fine, ""quoted""</p>"
				,Alien,,,false,0.5,1979,
				""");

		Cli run = Cli.run("validate", file.toString());

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("ready for Letterboxd's importer (2 rows)");
	}

	@Test
	void validate_missingFile_exitsTwo() {
		Cli run = Cli.run("validate", folder.resolve("nope.csv").toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("no such file");
	}

	@Test
	void validate_unparseableCsv_exitsTwoNamingTheLine() throws Exception {
		Path file = write("broken.csv", "Title,Review\nHeat,fine\nAlien,\"never closed\n");

		Cli run = Cli.run("validate", file.toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("line 3: unreadable CSV");
	}

	@Test
	void validate_help_exitsZero() {
		Cli run = Cli.run("validate", "--help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("Usage: reviewbatch validate", "Exit codes:");
	}

	private Path write(String name, String text) throws Exception {
		return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

	/**
	 * Issue 10 §4: an export's own file is recognised in one line, not one "no film" line
	 * per row.
	 */
	@Test
	void validate_anExportsOwnDiary_saysInOneLineItIsAnExportFile() {
		Path diary = Path.of("src/test/resources/letterboxd/sample-export/diary.csv");

		Cli run = Cli.run("validate", diary.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out().lines().toList()).containsExactly(diary + ": a Letterboxd export file (diary), not a "
				+ "file in Letterboxd's import format; import it with 'reviewbatch import', or write import files with "
				+ "'reviewbatch export --format letterboxd'");
	}

	@Test
	void validate_anExportFileWithASharedHeader_isNamedByItsFileName() throws Exception {
		Path watchlist = write("watchlist.csv",
				"Date,Name,Year,Letterboxd URI\n2024-01-01,Heat,1995,https://boxd.it/a\n");
		Path renamed = write("mine.csv", "Date,Name,Year,Letterboxd URI\n2024-01-01,Heat,1995,https://boxd.it/a\n");

		assertThat(Cli.run("validate", watchlist.toString()).out()).contains("a Letterboxd export file (watchlist),");
		assertThat(Cli.run("validate", renamed.toString()).out())
			.contains("a Letterboxd export file (watched, watchlist or liked films),");
	}

}
