package dev.reviewbatch.jobfile;

import java.nio.file.Path;

/**
 * A job file that cannot be used: its message is one line naming the file, the key and
 * the reason, e.g.
 * {@code jobs/nightly-sync.yml: schedule: "61 * * * *" is not a cron expression: …}.
 */
public class JobFileException extends Exception {

	private final Path file;

	private final String key;

	public JobFileException(Path file, String key, String reason) {
		super(file + ": " + key + ": " + reason);
		this.file = file;
		this.key = key;
	}

	public Path file() {
		return file;
	}

	/**
	 * The key at fault, dotted for nested keys ({@code options.inbox}); {@code (file)}
	 * for the file as a whole.
	 */
	public String key() {
		return key;
	}

}
