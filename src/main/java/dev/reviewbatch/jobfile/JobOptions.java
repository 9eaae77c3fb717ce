package dev.reviewbatch.jobfile;

import java.util.List;

/**
 * The {@code options:} of a job file, with defaults filled in. Which options a job may
 * set depends on its {@link JobKind}; the reader refuses the others. {@code db} is null
 * when the job does not choose a store (then {@code --db}'s own default applies).
 * Immutable.
 *
 * @param out the output folder ({@code --out}), default {@code output}
 * @param db the store's JDBC URL, or null
 * @param noReport do not regenerate {@code reports/} after the run
 * @param inbox sync: the folder watched for new exports, CSVs and saved pages, default
 * {@code input/inbox}
 * @param processed sync: where imported inbox files are moved, default
 * {@code input/inbox/processed}
 * @param feeds sync: feed files or http(s) URLs, read incrementally
 * @param settleSeconds sync: an inbox file modified more recently than this is still
 * being written
 * @param feedTimeoutSeconds sync: how long one feed request may take
 */
public record JobOptions(String out, String db, boolean noReport, String inbox, String processed, List<String> feeds,
		int settleSeconds, int feedTimeoutSeconds) {

	public static final String DEFAULT_OUT = "output";

	public static final String DEFAULT_INBOX = "input/inbox";

	public static final String DEFAULT_PROCESSED = "input/inbox/processed";

	public static final int DEFAULT_SETTLE_SECONDS = 5;

	public static final int DEFAULT_FEED_TIMEOUT_SECONDS = 20;

	public JobOptions {
		feeds = List.copyOf(feeds);
		if (settleSeconds < 0 || feedTimeoutSeconds < 1) {
			throw new IllegalArgumentException("settle-seconds must be >= 0 and feed-timeout-seconds >= 1");
		}
	}

	public static JobOptions defaults() {
		return new JobOptions(DEFAULT_OUT, null, false, DEFAULT_INBOX, DEFAULT_PROCESSED, List.of(),
				DEFAULT_SETTLE_SECONDS, DEFAULT_FEED_TIMEOUT_SECONDS);
	}
}
