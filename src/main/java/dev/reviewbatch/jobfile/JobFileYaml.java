package dev.reviewbatch.jobfile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A job file as written, bound from YAML by Jackson ({@link JobFileReader}): every key
 * optional (null when absent), no defaults and no checks beyond the types. A key the file
 * has no place for fails the binding; {@code input} and {@code inputs} take one path or a
 * list of them; an empty {@code schedule:} is refused rather than read as no schedule.
 */
record JobFileYaml(String job, String description, List<String> input, List<String> inputs, Options options,
		String schedule, @JsonProperty("catch-up") Boolean catchUp) {

	/**
	 * {@code options:} as written. Which of them a job may set depends on its kind, so a
	 * name no kind knows is kept in {@code unknown} for the reader to refuse by kind.
	 */
	record Options(String out, String db, @JsonProperty("no-report") Boolean noReport, String inbox, String processed,
			List<String> feeds, @JsonProperty("settle-seconds") Integer settleSeconds,
			@JsonProperty("feed-timeout-seconds") Integer feedTimeoutSeconds,
			@JsonAnySetter Map<String, Object> unknown) {

		static final Options NONE = new Options(null, null, null, null, null, null, null, null, null);

		/** The option names the file gives, in name order. */
		SortedSet<String> given() {
			SortedSet<String> names = new TreeSet<>(unknown == null ? Set.<String>of() : unknown.keySet());
			addIf(names, "out", out);
			addIf(names, "db", db);
			addIf(names, "no-report", noReport);
			addIf(names, "inbox", inbox);
			addIf(names, "processed", processed);
			addIf(names, "feeds", feeds);
			addIf(names, "settle-seconds", settleSeconds);
			addIf(names, "feed-timeout-seconds", feedTimeoutSeconds);
			return names;
		}

		private static void addIf(SortedSet<String> names, String name, Object value) {
			if (value != null) {
				names.add(name);
			}
		}

	}

}
