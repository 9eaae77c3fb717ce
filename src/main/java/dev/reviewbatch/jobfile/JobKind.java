package dev.reviewbatch.jobfile;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** What a job file runs, with the options each kind accepts under {@code options:}. */
public enum JobKind {

	IMPORT("import", Set.of("out", "db", "no-report")),
	SYNC("sync",
			Set.of("out", "db", "no-report", "inbox", "processed", "feeds", "settle-seconds", "feed-timeout-seconds")),
	REPORT("report", Set.of("out", "db")),
	/** A folder of accounts, one partition each (the accounts command, local mode). */
	ACCOUNTS("accounts", Set.of("out", "db"));

	private final String yamlName;

	private final Set<String> options;

	JobKind(String yamlName, Set<String> options) {
		this.yamlName = yamlName;
		this.options = options;
	}

	public String yamlName() {
		return yamlName;
	}

	boolean accepts(String option) {
		return options.contains(option);
	}

	String optionList() {
		return options.stream().sorted().collect(Collectors.joining(", "));
	}

	/** The kind named in a job file; null when no kind has that name. */
	static JobKind named(String name) {
		return Arrays.stream(values()).filter(k -> k.yamlName.equals(name)).findFirst().orElse(null);
	}

	static String names() {
		return Arrays.stream(values()).map(JobKind::yamlName).collect(Collectors.joining(", "));
	}

}
