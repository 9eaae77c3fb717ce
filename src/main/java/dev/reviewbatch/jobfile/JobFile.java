package dev.reviewbatch.jobfile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One validated job file of {@code jobs/}: what it runs ({@link JobKind}), on which
 * inputs, with which options, and optionally when ({@link JobSchedule}). Read with
 * {@link JobFileReader}. {@code schedule} is null for a job that only runs on demand.
 * Immutable.
 *
 * @param file the file it was read from, as given
 * @param inputs import: paths relative to the working directory (or http(s) URLs), in run
 * order; empty otherwise
 */
public record JobFile(Path file, JobKind job, String description, List<String> inputs, JobOptions options,
		JobSchedule schedule) {

	public JobFile {
		inputs = List.copyOf(inputs);
		description = description == null ? "" : description;
	}

	/**
	 * The file name without {@code .yml}: how logs and the schedule state name the job.
	 */
	public String name() {
		String name = file.getFileName().toString();
		return name.replaceFirst("\\.ya?ml$", "");
	}

	public boolean scheduled() {
		return schedule != null;
	}

	/**
	 * The {@code reviewbatch} command lines that run this job once, in order: one
	 * {@code import} per input, or one {@code sync}, one {@code report}, one
	 * {@code accounts} of its folder.
	 */
	public List<List<String>> commandLines() {
		if (job == JobKind.ACCOUNTS) {
			return List.of(withStore(new ArrayList<>(List.of("accounts", inputs.get(0)))));
		}
		if (job == JobKind.IMPORT) {
			return inputs.stream().map(input -> withStore(new ArrayList<>(List.of("import", input)))).toList();
		}
		List<String> line = withStore(new ArrayList<>(List.of(job.yamlName())));
		if (job == JobKind.SYNC) {
			line.addAll(List.of("--inbox", options.inbox(), "--processed", options.processed(), "--settle-seconds",
					String.valueOf(options.settleSeconds()), "--feed-timeout-seconds",
					String.valueOf(options.feedTimeoutSeconds())));
			options.feeds().forEach(feed -> line.addAll(List.of("--feed", feed)));
		}
		return List.of(line);
	}

	private List<String> withStore(List<String> line) {
		line.addAll(List.of("--out", options.out()));
		if (options.db() != null) {
			line.addAll(List.of("--db", options.db()));
		}
		if (options.noReport()) {
			line.add("--no-report");
		}
		return line;
	}
}
