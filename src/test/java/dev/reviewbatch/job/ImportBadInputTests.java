package dev.reviewbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reviewbatch.Fixtures;
import dev.reviewbatch.SlowTest;
import dev.reviewbatch.cli.ReviewBatchCli;

/**
 * Bad input (src/test/resources/letterboxd/bad/README.md): every case gets one clear line
 * naming the file and the reason, and nothing already stored is lost.
 */
@SlowTest
class ImportBadInputTests {

	@TempDir
	Path out;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					truncated.zip                 | not a readable ZIP archive (truncated or damaged?)
					zip-slip.zip                  | entry '../evil/diary.csv' points outside the archive
					zip-bomb.zip                  | (a ZIP bomb?)
					not-an-export                 | holds no Letterboxd export files
					pandas-index/watchlist.csv    | line 1: header is ",Date,Name,Year,Letterboxd URI,Runtime", expected "Date,Name,Year,Letterboxd URI" (a pandas copy with an index column?)
					pandas-movies/diary.csv       | line 1: header is
					nul-bytes/comments.csv        | consists only of NUL bytes
					merge-conflict/diary.csv      | git merge-conflict markers
					empty-file/ratings.csv        | empty file: expected the header line "Date,Name,Year,Letterboxd URI,Rating"
					""")
	void importUnusableInput_exits2WithOneLineNamingFileAndReason_andKeepsTheStore(String fixture, String reason)
			throws IOException {
		CliRun.importInto(out, Fixtures.SAMPLE_ZIP);
		String viewingsBefore = Files.readString(out.resolve("clean/viewings.csv"));
		Path input = Fixtures.BAD.resolve(fixture);

		CliRun bad = CliRun.importInto(out, input);

		assertThat(bad.exitCode()).isEqualTo(ReviewBatchCli.CANNOT_RUN);
		assertThat(bad.out()).as("refused before the job starts: no summary table").isEmpty();
		assertThat(bad.err().strip()).doesNotContain("\n").contains(input.toString()).contains(reason.strip());
		assertThat(Files.readString(out.resolve("clean/viewings.csv"))).isEqualTo(viewingsBefore);
		CliRun again = CliRun.importInto(out, Fixtures.SAMPLE_ZIP);
		assertThat(again.out()).as("the store still holds everything").contains("0 new, 0 updated, 138 unchanged");
	}

	@Test
	void importExportWithOneBadFile_rejectsThatFileByName_andImportsTheRest() throws IOException {
		Path export = copyOfSample();
		Files.copy(Fixtures.BAD.resolve("nul-bytes/comments.csv"), export.resolve("comments.csv"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		Files.copy(Fixtures.BAD.resolve("merge-conflict/diary.csv"), export.resolve("deleted/diary.csv"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);

		CliRun run = CliRun.importInto(out, export);

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.rejects()).filteredOn(r -> r.get("source").equals("comments.csv"))
			.singleElement()
			.satisfies(r -> assertThat(r.get("reason")).startsWith("file refused: consists only of NUL bytes"));
		assertThat(run.rejects()).filteredOn(r -> r.get("source").equals("deleted/diary.csv"))
			.singleElement()
			.satisfies(r -> assertThat(r.get("line") + " " + r.get("reason"))
				.startsWith("4 file refused: git merge-conflict"));
		Map<String, Object> comments = run.files().get("comments.csv");
		assertThat(comments).containsEntry("read", 1).containsEntry("rejected", 1).containsEntry("reconciles", true);
		assertThat(run.count("diary.csv", "new")).isEqualTo(26);
	}

	@Test
	void importMissingPath_exits2BeforeStartingAnything() {
		CliRun run = CliRun.importInto(out, out.resolve("no-such-export.zip"));

		assertThat(run.exitCode()).isEqualTo(ReviewBatchCli.CANNOT_RUN);
		assertThat(run.err()).contains("no-such-export.zip: no such file or folder");
		assertThat(out.resolve("reviewbatch.mv.db")).doesNotExist();
	}

	@Test
	void importWithUnknownOption_exits2AndPointsToHelp() {
		CliRun run = CliRun.run(out, "import", "--frobnicate", "x");

		assertThat(run.exitCode()).isEqualTo(ReviewBatchCli.CANNOT_RUN);
		assertThat(run.err().strip()).doesNotContain("\n")
			.contains("unknown option '--frobnicate'")
			.contains("see 'reviewbatch import --help'");
	}

	private Path copyOfSample() throws IOException {
		return Fixtures.copyOfSampleFolder(out.resolve("export"));
	}

}
