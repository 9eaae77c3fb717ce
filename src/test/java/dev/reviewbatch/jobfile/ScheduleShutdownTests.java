package dev.reviewbatch.jobfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.ChildJvm;
import dev.reviewbatch.ReviewBatchApplication;
import dev.reviewbatch.SlowTest;
import dev.reviewbatch.sync.Cli;

/**
 * SIGTERM to {@code schedule} while its import runs: the run stops after its current
 * chunk, the process exits, and the same import then resumes and stores every row exactly
 * once. The scheduler is a child JVM so it can really receive the signal. It runs with
 * the test-only pause hook ({@code reviewbatch.test.pauseAfterChunks}), so the signal
 * lands while a chunk is in flight: the test sends SIGTERM, waits for the scheduler to
 * log that it is stopping the run, and only then lets the chunk finish.
 */
@SlowTest
class ScheduleShutdownTests {

	/**
	 * Eight chunks and a bit: after the pause at chunk 2 there are many chunks left at
	 * which to stop.
	 */
	private static final int ROWS = 8 * 5000 + 123;

	private static final int PAUSE_AFTER_CHUNKS = 2;

	@TempDir
	Path dir;

	@Test
	void sigterm_stopsTheRunningImportAfterItsChunk_andTheNextRunResumes() throws Exception {
		Path export = writeDiary(ROWS);
		Path out = dir.resolve("out");
		Path jobs = Files.createDirectories(dir.resolve("jobs"));
		Files.writeString(jobs.resolve("big-import.yml"), "job: import\ninput: " + export
				+ "\nschedule: \"0 3 * * *\"\n" + "options:\n  out: " + out + "\n  no-report: true\n");
		ScheduleState.load(out.resolve("runs/schedule-state.json"))
			.fired("big-import", ZonedDateTime.now().minusDays(2));
		Path schedulerOut = dir.resolve("scheduler.out");

		Process scheduler = startSchedule(jobs, out, schedulerOut);
		ChildJvm.awaitLine(scheduler, "reviewbatch-test: paused after " + PAUSE_AFTER_CHUNKS + " chunks");
		scheduler.destroy(); // SIGTERM, while chunk 2 is in flight
		ChildJvm.awaitFileContains(schedulerOut, "Stopping run 1 after its current chunk", Duration.ofMinutes(2));
		scheduler.getOutputStream().close(); // let the chunk finish
		assertThat(scheduler.waitFor(120, TimeUnit.SECONDS)).as("exits after stopping the run").isTrue();

		String log = Files.readString(out.resolve("runs/schedule.log"));
		assertThat(log).contains("big-import catch-up exit=1").contains("scheduler stopped");
		assertThat(log).doesNotContain("without waiting");
		assertThat(Files.readString(schedulerOut)).containsPattern("Import run 1 of .*: STOPPED");
		Cli resumed = Cli.run("import", export.toString(), "--out", out.toString(), "--no-report");
		assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
		assertThat(resumed.out()).containsPattern("Import run 1 of .*: COMPLETED")
			.contains(String.format(Locale.ROOT, "%,d new, 0 updated, 0 unchanged", ROWS));
	}

	private Process startSchedule(Path jobs, Path out, Path schedulerOut) throws IOException {
		return ChildJvm.start(ProcessBuilder.Redirect.to(schedulerOut.toFile()), PAUSE_AFTER_CHUNKS,
				ReviewBatchApplication.class.getName(), "schedule", "--jobs", jobs.toString(), "--out", out.toString());
	}

	private Path writeDiary(int rows) throws IOException {
		Path export = Files.createDirectories(dir.resolve("export"));
		try (Writer diary = Files.newBufferedWriter(export.resolve("diary.csv"), StandardCharsets.UTF_8)) {
			diary.write("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\r\n");
			for (int i = 0; i < rows; i++) {
				String date = (2000 + i % 25) + "-" + String.format("%02d-%02d", 1 + i % 12, 1 + i % 28);
				diary.write(date + ",\"Film " + (i % 5000) + "\"," + (1950 + i % 70) + ",https://boxd.it/s" + i + ","
						+ (1 + i % 10) / 2.0 + ",,," + date + "\r\n");
			}
		}
		return export;
	}

}
