package dev.reviewbatch.jobfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * {@code output/runs/schedule.log}: one line per scheduled run (when it started, the job,
 * why it ran, its exit code and how long it took), and one per skipped fire, per catch-up
 * and per start and stop of the scheduler. Thread-safe.
 */
public final class ScheduleLog {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final Path file;

	public ScheduleLog(Path file) {
		this.file = file;
	}

	public Path file() {
		return file;
	}

	void ran(JobFile job, String trigger, ZonedDateTime started, int exitCode, Duration took) {
		line(WHEN.format(started) + " " + job.name() + " " + trigger + " exit=" + exitCode + " took="
				+ took.toMillis() / 1000.0 + "s");
	}

	void skipped(JobFile job, ZonedDateTime fire) {
		line(now() + " " + job.name() + " skipped fire " + WHEN.format(fire) + ": the previous run is still running");
	}

	void note(String text) {
		line(now() + " scheduler " + text);
	}

	private static String now() {
		return WHEN.format(OffsetDateTime.now());
	}

	private synchronized void line(String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
