package dev.reviewbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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

import dev.reviewbatch.ReviewBatchApplication;
import dev.reviewbatch.cli.ReviewBatchCli;

/**
 * A run killed with SIGKILL part-way resumes, on the next identical command, after its last committed chunk
 * and ends with every row stored exactly once; a second run on a busy store is refused. The first run is a
 * child JVM on the test class path, so it can really be killed.
 */
class ImportRestartTests {

	private static final int ROWS = 150_000;

	@TempDir
	Path dir;

	@Test
	void killedRun_resumesOnTheSameCommand_andStoresEveryRowExactlyOnce() throws Exception {
		Path export = writeDiary(ROWS);
		Path out = dir.resolve("out");

		Process child = startImport(export, out);
		long rowsSeen = waitForProgress(child, 3000);
		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(rowsSeen).as("killed part-way").isBetween(3000L, ROWS - 1L);

		CliRun resumed = CliRun.importInto(out, export);

		assertThat(resumed.exitCode()).as(resumed.err()).isZero();
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
		Process first = startImport(export, out);
		waitForProgress(first, 1);

		CliRun second = CliRun.importInto(out, export);

		assertThat(second.exitCode()).isEqualTo(ReviewBatchCli.STORE_BUSY);
		assertThat(second.err().strip()).contains("is in use by another reviewbatch run").doesNotContain("\n");
		assertThat(first.waitFor(10, TimeUnit.MINUTES)).isTrue();
		assertThat(first.exitValue()).isZero();
	}

	private Process startImport(Path export, Path out) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xmx256m", "-Dreviewbatch.progress=true", "-Dreviewbatch.progress.millis=50",
				"-cp", System.getProperty("java.class.path"), ReviewBatchApplication.class.getName(), "import",
				export.toString(), "--out", out.toString())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
	}

	/** Reads the child's progress on stderr until it reports at least {@code rows} rows; returns the count. */
	private static long waitForProgress(Process child, long rows) throws IOException {
		BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8));
		StringBuilder token = new StringBuilder();
		int c;
		while ((c = err.read()) >= 0) {
			if (c == '\r' || c == '\n') {
				long done = rowsIn(token.toString());
				if (done >= rows) {
					return done;
				}
				token.setLength(0);
			}
			else {
				token.append((char) c);
			}
		}
		throw new AssertionError("the child ended before reporting " + rows + " rows; stderr tail: " + token);
	}

	private static long rowsIn(String progress) {
		String trimmed = progress.strip();
		int space = trimmed.indexOf(" rows");
		if (space < 0) {
			return -1;
		}
		try {
			return Long.parseLong(trimmed.substring(0, space).replace(",", ""));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private Path writeDiary(int rows) throws IOException {
		Path export = dir.resolve("export");
		Files.createDirectories(export);
		try (Writer diary = Files.newBufferedWriter(export.resolve("diary.csv"), StandardCharsets.UTF_8)) {
			diary.write("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\r\n");
			for (int i = 0; i < rows; i++) {
				String date = (2000 + i % 25) + "-" + String.format("%02d-%02d", 1 + i % 12, 1 + i % 28);
				diary.write(date + ",\"Film, number " + (i % 5000) + "\"," + (1950 + i % 70) + ",https://boxd.it/r"
						+ i + "," + (1 + i % 10) / 2.0 + "," + (i % 4 == 0 ? "Yes" : "") + ",," + date + "\r\n");
			}
		}
		return export;
	}
}
