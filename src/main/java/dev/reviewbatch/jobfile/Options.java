package dev.reviewbatch.jobfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and checks {@code options:} for a job kind; defaults are those of
 * {@link JobOptions#defaults()}.
 */
final class Options {

	private Options() {
	}

	static JobOptions of(YamlMap options, JobKind kind) throws JobFileException {
		for (String key : options.keys()) {
			if (!kind.accepts(key)) {
				throw options.error(key,
						"unknown option for a " + kind.yamlName() + " job; known: " + kind.optionList());
			}
		}
		JobOptions d = JobOptions.defaults();
		String inbox = options.string("inbox", d.inbox());
		if (kind == JobKind.SYNC && !Files.isDirectory(Path.of(inbox))) {
			throw options.error("inbox", inbox + ": no such folder (relative to " + Path.of("").toAbsolutePath() + ")");
		}
		List<String> feeds = options.strings("feeds");
		for (String feed : feeds) {
			Inputs.requireExists(options, "feeds", feed);
		}
		return new JobOptions(options.string("out", d.out()), options.string("db", null),
				options.bool("no-report", false), inbox, options.string("processed", d.processed()), feeds,
				options.integer("settle-seconds", d.settleSeconds(), 0),
				options.integer("feed-timeout-seconds", d.feedTimeoutSeconds(), 1));
	}

}
