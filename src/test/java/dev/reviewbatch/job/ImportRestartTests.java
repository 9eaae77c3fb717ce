package dev.reviewbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.ChildJvm;
import dev.reviewbatch.ReviewBatchApplication;
import dev.reviewbatch.SlowTest;
import dev.reviewbatch.cli.ReviewBatchCli;

/**
 * A run killed with SIGKILL part-way resumes, on the next identical command, after its
 * last committed chunk and ends with every row stored exactly once; a second run on a
 * busy store is refused. The first run is a child JVM on the test class path, so it can
 * really be killed; the test-only hook {@link TestPause} holds it after a known number of
 * chunks and says so on stderr, so nothing depends on how fast the child runs.
 */
@SlowTest
class ImportRestartTests {

	private static final int CHUNK = ImportLetterboxdJobConfiguration.CHUNK_SIZE;

	private static final int ROWS = 4 * CHUNK + 123;

	@TempDir
	Path dir;

	@Test
	void killedRun_resumesOnTheSameCommand_andStoresEveryRowExactlyOnce() throws Exception {
		Path export = writeDiary(ROWS);
		Path out = dir.resolve("out");

		Process child = startImport(export, out, 3);
		awaitPause(child, 3);
		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		CliRun resumed = CliRun.importInto(out, export);

		assertThat(resumed.exitCode()).as(resumed.err()).isZero();
		assertThat(resumed.latestSummary().getFileName()).as("the killed run 1 resumed, no new run")
			.hasToString("1.json");
		assertThat(resumed.count("diary.csv", "read")).isEqualTo(ROWS);
		assertThat(resumed.count("diary.csv", "new")).as("each row counted once over both attempts").isEqualTo(ROWS);
		assertThat(resumed.files().get("diary.csv")).containsEntry("reconciles", true);
		List<Map<String, String>> viewings = resumed.csv("viewings.csv");
		assertThat(viewings).hasSize(ROWS);
		assertThat(viewings.stream().map(v -> v.get("letterboxd_uri")).collect(Collectors.toSet())).hasSize(ROWS);
	}

	@Test
	void secondRunOnABusyStore_isRefusedWithExitCode3_andTheFirstCompletes() throws Exception {
		Path export = writeDiary(ROWS);
		Path out = dir.resolve("out");
		Process first = startImport(export, out, 1);
		awaitPause(first, 1);

		CliRun second = CliRun.importInto(out, export);
		first.getOutputStream().close(); // let the first run go on

		assertThat(second.exitCode()).isEqualTo(ReviewBatchCli.STORE_BUSY);
		assertThat(second.err().strip()).contains("is in use by another reviewbatch run").doesNotContain("\n");
		assertThat(first.waitFor(10, TimeUnit.MINUTES)).isTrue();
		assertThat(first.exitValue()).isZero();
	}

	/**
	 * Starts the CLI in a child JVM that pauses after {@code chunks} chunks until its
	 * stdin is closed.
	 */
	private static Process startImport(Path export, Path out, int chunks) throws IOException {
		return ChildJvm.start(ProcessBuilder.Redirect.DISCARD, chunks, ReviewBatchApplication.class.getName(), "import",
				export.toString(), "--out", out.toString());
	}

	private static void awaitPause(Process child, int chunks) throws InterruptedException {
		ChildJvm.awaitLine(child, TestPause.SIGNAL.formatted(chunks));
	}

	private Path writeDiary(int rows) throws IOException {
		Path export = dir.resolve("export");
		Files.createDirectories(export);
		try (Writer diary = Files.newBufferedWriter(export.resolve("diary.csv"), StandardCharsets.UTF_8)) {
			diary.write("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\r\n");
			for (int i = 0; i < rows; i++) {
				String date = (2000 + i % 25) + "-" + String.format("%02d-%02d", 1 + i % 12, 1 + i % 28);
				diary.write(date + ",\"Film, number " + (i % 5000) + "\"," + (1950 + i % 70) + ",https://boxd.it/r" + i
						+ "," + (1 + i % 10) / 2.0 + "," + (i % 4 == 0 ? "Yes" : "") + ",," + date + "\r\n");
			}
		}
		return export;
	}

}
