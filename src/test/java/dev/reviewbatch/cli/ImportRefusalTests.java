package dev.reviewbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.reviewbatch.Fixtures;

/**
 * Issue 10 §2 and issue 11 §4: every refusal of the README's exit-code table is exactly
 * one line on stderr and exit code 2, prints nothing on stdout, and creates nothing: no
 * store file, no output folder.
 */
class ImportRefusalTests {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			damaged ZIP                    | truncated.zip              | not a readable ZIP archive
			unsafe ZIP: zip slip           | zip-slip.zip               | points outside the archive
			unsafe ZIP: zip bomb           | zip-bomb.zip               | (a ZIP bomb?)
			folder that is not an export   | not-an-export              | holds no Letterboxd export files
			single file with wrong header  | pandas-index/watchlist.csv | (a pandas copy with an index column?)
			""")
	void refusedInput_oneLineExit2_createsNothing(String kind, String fixture, String reason) throws IOException {
		Path input = Fixtures.BAD.resolve(fixture);

		Cli run = importInto(input.toString(), out());

		assertRefused(run, "reviewbatch import: " + input, reason);
	}

	@Test
	void emptyFolder_oneLineExit2_createsNothing() throws IOException {
		Path empty = Files.createDirectories(dir.resolve("empty"));

		assertRefused(importInto(empty.toString(), out()), empty + ": holds no Letterboxd export files");
	}

	@Test
	void missingPath_oneLineExit2_createsNothing() throws IOException {
		Path missing = dir.resolve("no-such-export.zip");

		assertRefused(importInto(missing.toString(), out()), missing + ": no such file or folder");
	}

	@Test
	void badUsage_oneLineExit2_namesTheOptionAndTheHelp() throws IOException {
		Cli run = Cli.run("import", Fixtures.SAMPLE_ZIP.toString(), "--out", out().toString(), "--frobnicate");

		assertRefused(run, "reviewbatch import: unknown option '--frobnicate'", "see 'reviewbatch import --help'");
	}

	@Test
	void outIsAFile_isAUsageError() throws IOException {
		Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");

		assertRefused(importInto(Fixtures.SAMPLE_ZIP.toString(), file), "--out " + file + ": is a file, not a folder");
		assertThat(Files.readString(file)).isEqualTo("not a folder");
	}

	@Test
	void outBelowAFile_isAUsageError() throws IOException {
		Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");

		assertRefused(importInto(Fixtures.SAMPLE_ZIP.toString(), file.resolve("out")), "--out " + file.resolve("out")
				+ ": cannot be created (" + file.toAbsolutePath() + " is a file, not a folder)");
	}

	@Test
	void outNotWritable_isAUsageError() throws IOException {
		Path readOnly = unwritableFolder();
		Path out = readOnly.resolve("out");

		assertRefused(importInto(Fixtures.SAMPLE_ZIP.toString(), out), "--out " + out + ": ", "is not writable");
		assertThat(out).doesNotExist();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			reviews.db                 | is not a JDBC URL (for example jdbc:postgresql://localhost/reviews?user=me)
			jdbc:nosuchdb://localhost/x | no JDBC driver takes this URL
			""")
	void dbNotAJdbcUrl_isAUsageError(String url, String reason) throws IOException {
		Cli run = Cli.run("import", Fixtures.SAMPLE_ZIP.toString(), "--out", out().toString(), "--db", url);

		assertRefused(run, "reviewbatch import: --db '" + url + "'", reason);
	}

	@Test
	void reportAndExport_refuseABadDbTheSameWay() throws IOException {
		assertRefused(Cli.run("report", "--out", out().toString(), "--db", "reviews.db"), "reviewbatch report: --db");
		assertRefused(Cli.run("export", "--format", "csv", "--out", out().toString(), "--db", "reviews.db"),
				"reviewbatch export: --db");
	}

	private Path out() {
		return dir.resolve("out");
	}

	private static Cli importInto(String input, Path out) {
		return Cli.run("import", input, "--out", out.toString());
	}

	/**
	 * Exit 2, one line on stderr holding every part, nothing on stdout, no output folder,
	 * no store file.
	 */
	private void assertRefused(Cli run, String... parts) throws IOException {
		assertThat(run.exitCode()).as(run.err()).isEqualTo(ReviewBatchCli.CANNOT_RUN);
		assertThat(run.out()).isEmpty();
		assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line).contains(parts));
		assertThat(out()).doesNotExist();
		assertThat(storeFiles()).isEmpty();
	}

	private List<Path> storeFiles() throws IOException {
		List<Path> stores = new ArrayList<>();
		for (Path top : List.of(dir, Path.of("output"))) {
			if (Files.isDirectory(top)) {
				try (Stream<Path> files = Files.walk(top)) {
					files.filter(f -> f.toString().endsWith(".mv.db"))
						.filter(f -> top.equals(dir) || isRecent(f))
						.forEach(stores::add);
				}
			}
		}
		return stores;
	}

	/**
	 * The project's own output/ may hold a store of an earlier manual run; only one
	 * written now counts.
	 */
	private static boolean isRecent(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis() > System.currentTimeMillis() - 60_000;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * A folder no file can be created in: permissions where they bind, else a read-only
	 * system folder.
	 */
	private Path unwritableFolder() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("read-only"));
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
		if (!canCreateIn(folder)) {
			return folder;
		}
		Path sys = Path.of("/sys");
		assumeTrue(Files.isDirectory(sys) && !canCreateIn(sys),
				"no unwritable folder here (running as root, and /sys is writable): test skipped");
		return sys;
	}

	private static boolean canCreateIn(Path folder) {
		try {
			Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
