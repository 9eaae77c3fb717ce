package dev.reviewbatch.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The {@code nightlySyncJob}'s parameters and the {@link SyncSettings} they carry. Only
 * {@code startedAt} (an ISO-8601 instant) identifies a run, so each sync is a job
 * instance of its own; the settings ride along as non-identifying parameters:
 * {@code out}, {@code inbox}, {@code processed}, {@code settleSeconds},
 * {@code feedTimeoutSeconds} and one {@code feed.N} per feed (N from 1, in order). Paths
 * are kept as given (relative to the working directory), so what the sync prints names
 * them as the command line did. Stateless.
 */
final class SyncParameters {

	static final String STARTED_AT = "startedAt";

	private static final String FEED = "feed.";

	private SyncParameters() {
	}

	static JobParameters of(SyncSettings settings, Instant startedAt) {
		JobParametersBuilder builder = new JobParametersBuilder().addString(STARTED_AT, startedAt.toString())
			.addString("out", settings.out().toString(), false)
			.addString("inbox", settings.inbox().toString(), false)
			.addString("processed", settings.processed().toString(), false)
			.addLong("settleSeconds", settings.settle().toSeconds(), false)
			.addLong("feedTimeoutSeconds", settings.feedTimeout().toSeconds(), false);
		for (int i = 0; i < settings.feeds().size(); i++) {
			builder.addString(FEED + (i + 1), settings.feeds().get(i), false);
		}
		return builder.toJobParameters();
	}

	static SyncSettings settings(JobParameters parameters) {
		List<String> feeds = new ArrayList<>();
		for (int i = 1; parameters.getString(FEED + i) != null; i++) {
			feeds.add(parameters.getString(FEED + i));
		}
		return new SyncSettings(path(parameters, "out"), path(parameters, "inbox"), path(parameters, "processed"),
				feeds, Duration.ofSeconds(number(parameters, "settleSeconds")),
				Duration.ofSeconds(number(parameters, "feedTimeoutSeconds")));
	}

	private static Path path(JobParameters parameters, String name) {
		String value = parameters.getString(name);
		if (value == null) {
			throw new IllegalStateException("job parameter '" + name + "' is missing");
		}
		return Path.of(value);
	}

	private static long number(JobParameters parameters, String name) {
		Long value = parameters.getLong(name);
		if (value == null) {
			throw new IllegalStateException("job parameter '" + name + "' is missing");
		}
		return value;
	}

}
