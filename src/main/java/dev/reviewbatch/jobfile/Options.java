package dev.reviewbatch.jobfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Checks {@code options:} for a job kind and fills in the defaults of
 * {@link JobOptions#defaults()}; also says what each key of a job file expects, for the
 * messages of {@link BindingProblem}.
 */
final class Options {

	/** The smallest value of each whole-number option. */
	private static final Map<String, Integer> MINIMUM = Map.of("settle-seconds", 0, "feed-timeout-seconds", 1);

	private Options() {
	}

	static JobOptions of(Path file, JobFileYaml.Options options, JobKind kind) throws JobFileException {
		for (String key : options.given()) {
			if (!kind.accepts(key)) {
				throw error(file, key, "unknown option for a " + kind.yamlName() + " job; known: " + kind.optionList());
			}
		}
		JobOptions d = JobOptions.defaults();
		String inbox = or(options.inbox(), d.inbox());
		if (kind == JobKind.SYNC && !Files.isDirectory(Path.of(inbox))) {
			throw error(file, "inbox", inbox + ": no such folder (relative to " + Path.of("").toAbsolutePath() + ")");
		}
		List<String> feeds = Inputs.texts(file, "options.feeds", options.feeds());
		for (String feed : feeds) {
			Inputs.requireExists(file, "options.feeds", feed);
		}
		return new JobOptions(or(options.out(), d.out()), options.db(), or(options.noReport(), false), inbox,
				or(options.processed(), d.processed()), feeds,
				atLeast(file, "settle-seconds", options.settleSeconds(), d.settleSeconds()),
				atLeast(file, "feed-timeout-seconds", options.feedTimeoutSeconds(), d.feedTimeoutSeconds()));
	}

	/**
	 * What {@code key} (dotted) expects, for a value bound as {@code type}: "text", "true
	 * or false", "a whole number of at least 1", "a list of paths or URLs", "keys".
	 */
	static String expected(String key, Class<?> type) {
		String name = key.substring(key.lastIndexOf('.') + 1);
		if (name.equals("schedule")) {
			return "a cron expression";
		}
		if (type == Boolean.class) {
			return "true or false";
		}
		if (type == Integer.class) {
			return "a whole number of at least " + MINIMUM.getOrDefault(name, 0);
		}
		if (List.class.isAssignableFrom(type)) {
			return "a list of paths or URLs";
		}
		if (type == JobFileYaml.Options.class) {
			return "keys (key: value lines, indented)";
		}
		return "text";
	}

	private static int atLeast(Path file, String key, Integer value, int absent) throws JobFileException {
		if (value == null) {
			return absent;
		}
		if (value < MINIMUM.get(key)) {
			throw error(file, key, "expected " + expected(key, Integer.class) + ", found a number (" + value + ")");
		}
		return value;
	}

	private static <T> T or(T value, T absent) {
		return value == null ? absent : value;
	}

	private static JobFileException error(Path file, String option, String reason) {
		return new JobFileException(file, "options." + option, reason);
	}

}
