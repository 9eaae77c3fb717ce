package dev.reviewbatch.jobfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.ReviewBatchApplication;
import dev.reviewbatch.sync.Cli;

/**
 * SIGTERM to {@code schedule} while its import runs: the run stops after its current chunk, the process exits,
 * and the same import then resumes and stores every row exactly once. The scheduler is a child JVM so it can
 * really receive the signal.
 */
class ScheduleShutdownTests {

	private static final int ROWS = 150_000;

	@TempDir
	Path dir;

	@Test
	void sigterm_stopsTheRunningImportAfterItsChunk_andTheNextRunResumes() throws Exception {
		Path export = writeDiary(ROWS);
		Path out = dir.resolve("out");
		Path jobs = Files.createDirectories(dir.resolve("jobs"));
		Files.writeString(jobs.resolve("big-import.yml"), "job: import\ninput: " + export + "\nschedule: \"0 3 * * *\"\n"
				+ "options:\n  out: " + out + "\n  no-report: true\n");
		ScheduleState.load(out.resolve("runs/schedule-state.json")).fired("big-import", ZonedDateTime.now().minusDays(2));

		Process scheduler = startSchedule(jobs, out);
		StringBuffer stderr = new StringBuffer();
		waitForProgress(scheduler, 3000, stderr);
		scheduler.destroy(); // SIGTERM
		assertThat(scheduler.waitFor(120, TimeUnit.SECONDS)).as("exits after stopping the run").isTrue();
		Thread.sleep(500); // the rest of stderr

		String log = Files.readString(out.resolve("runs/schedule.log"));
		assertThat(log).contains("big-import catch-up exit=1").contains("scheduler stopped");
		assertThat(log).doesNotContain("without waiting");
		assertThat(Files.readString(dir.resolve("scheduler.out"))).contains("Stopping run 1 after its current chunk")
			.containsPattern("Import run 1 of .*: STOPPED");
		Cli resumed = Cli.run("import", export.toString(), "--out", out.toString(), "--no-report");
		assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
		assertThat(resumed.out()).containsPattern("Import run 1 of .*: COMPLETED").contains("150,000 new, 0 updated, 0 unchanged");
	}

	private Process startSchedule(Path jobs, Path out) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xmx256m", "-Dreviewbatch.progress=true", "-Dreviewbatch.progress.millis=50",
				"-cp", System.getProperty("java.class.path"), ReviewBatchApplication.class.getName(), "schedule",
				"--jobs", jobs.toString(), "--out", out.toString())
			.redirectOutput(dir.resolve("scheduler.out").toFile())
			.start();
	}

	private static void waitForProgress(Process child, long rows, StringBuffer rest) throws IOException {
		BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8));
		StringBuilder token = new StringBuilder();
		int c;
		while ((c = err.read()) >= 0) {
			if (c == '\r' || c == '\n') {
				String text = token.toString().strip();
				int space = text.indexOf(" rows");
				if (space > 0 && text.substring(0, space).replace(",", "").matches("\\d+")
						&& Long.parseLong(text.substring(0, space).replace(",", "")) >= rows) {
					new Thread(() -> drain(err, rest)).start();
					return;
				}
				token.setLength(0);
			}
			else {
				token.append((char) c);
			}
		}
		throw new AssertionError("the scheduler ended before its import reported " + rows + " rows: " + token);
	}

	private static void drain(BufferedReader err, StringBuffer rest) {
		try {
			for (int c = err.read(); c >= 0; c = err.read()) {
				rest.append((char) c);
			}
		}
		catch (IOException ex) {
			// the child ended
		}
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
