package dev.reviewbatch.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.ChildJvm;
import dev.reviewbatch.ReviewBatchApplication;
import dev.reviewbatch.SlowTest;
import dev.reviewbatch.job.BatchRuns;
import dev.reviewbatch.job.ImportLetterboxdJobConfiguration;

/**
 * Issue 16: a kill -9 during a sync leaves its {@code nightlySyncJob} execution STARTED,
 * and the import it was running too. The next sync marks the leftover sync failed, runs
 * as usual, and resumes the killed import of the inbox file after its last committed
 * chunk. The first sync is a child JVM so it can really be killed; it pauses inside the
 * import (the test-only hook, see {@link ChildJvm}) so the kill lands mid-run.
 */
@SlowTest
class SyncKillRecoveryTests {

	private static final int ROWS = 3 * 5000 + 17;

	@TempDir
	Path dir;

	@Test
	void syncKilledDuringAnInboxImport_isMarkedFailed_andTheNextSyncResumesTheImport() throws Exception {
		Path out = dir.resolve("out");
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		writeDiary(inbox.resolve("diary.csv"));
		List<String> sync = List.of("sync", "--out", out.toString(), "--inbox", inbox.toString(), "--processed",
				inbox.resolve("processed").toString(), "--settle-seconds", "0", "--no-report");

		Process child = ChildJvm.start(ProcessBuilder.Redirect.DISCARD, 1, ReviewBatchApplication.class.getName(),
				sync.toArray(String[]::new));
		ChildJvm.awaitLine(child, "reviewbatch-test: paused after 1 chunks");
		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(BatchRuns.of(out, NightlySyncJobConfiguration.JOB_NAME)).extracting(BatchRuns.Execution::status)
			.as("the kill left the sync running")
			.containsExactly("STARTED");

		Cli next = Cli.run(sync.toArray(String[]::new));

		assertThat(next.exitCode()).as(next.toString()).isZero();
		// the killed sync never finished, so there is no previous sync (its id is H2's:
		// an identity sequence may jump after a kill)
		assertThat(next.out()).doesNotContain("previous: sync")
			.contains("diary.csv: run 1: " + ROWS + " new, 0 unchanged")
			.contains("Since the store began (first sync): " + ROWS + " new viewings");
		assertThat(BatchRuns.of(out, NightlySyncJobConfiguration.JOB_NAME)).extracting(BatchRuns.Execution::status)
			.containsExactly("FAILED", "COMPLETED");
		assertThat(BatchRuns.of(out, ImportLetterboxdJobConfiguration.JOB_NAME)).extracting(BatchRuns.Execution::status)
			.as("the killed import recovered, then restarted")
			.containsExactly("FAILED", "COMPLETED");
		assertThat(inbox.resolve("processed/diary.csv")).exists();
	}

	private static void writeDiary(Path file) throws IOException {
		try (Writer diary = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			diary.write("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\r\n");
			for (int i = 0; i < ROWS; i++) {
				String date = (2000 + i % 25) + "-" + String.format("%02d-%02d", 1 + i % 12, 1 + i % 28);
				diary.write(date + ",\"Film " + (i % 5000) + "\"," + (1950 + i % 70) + ",https://boxd.it/s" + i + ","
						+ (1 + i % 10) / 2.0 + ",,," + date + "\r\n");
			}
		}
		file.toFile().setLastModified(System.currentTimeMillis() - 60_000);
	}

}
