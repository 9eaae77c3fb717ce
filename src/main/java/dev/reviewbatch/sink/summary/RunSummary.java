package dev.reviewbatch.sink.summary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.reviewbatch.store.RunLedger.Change;
import dev.reviewbatch.store.RunLedger.FileCounts;

/**
 * What one import run did, for people (text) and tools (JSON in
 * {@code output/runs/<run-id>.json}). Immutable.
 *
 * @param changeCounts changes beyond new rows, by category: {@code rating_changed},
 * {@code review_edited}, {@code viewing_updated}, {@code viewing_deleted} (a live entry
 * that the export's deleted/ folder now names), {@code gone}
 * @param changes the first changes, for the text summary
 * @param phases the wall time of each phase of this attempt, in order
 * ({@code import_rows}, {@code write_report}, …)
 */
public record RunSummary(long runId, String input, String account, String status, Duration elapsed,
		List<FileCounts> files, Map<String, Long> changeCounts, List<Change> changes, List<String> ignoredFiles,
		String outputFolder, List<Phase> phases) {

	/**
	 * One phase of a run and its wall time; {@code name} is snake_case, e.g.
	 * {@code write_clean_files}.
	 */
	public record Phase(String name, Duration wall) {
	}

	public RunSummary {
		files = List.copyOf(files);
		changeCounts = Collections.unmodifiableMap(new TreeMap<>(changeCounts));
		changes = List.copyOf(changes);
		ignoredFiles = List.copyOf(ignoredFiles);
		phases = List.copyOf(phases);
	}

	/**
	 * This summary with one more phase at the end (the report, written after the job).
	 */
	public RunSummary withPhase(String name, Duration wall) {
		List<Phase> more = new ArrayList<>(phases);
		more.add(new Phase(name, wall));
		return new RunSummary(runId, input, account, status, elapsed, files, changeCounts, changes, ignoredFiles,
				outputFolder, more);
	}

	public FileCounts total() {
		long read = 0, created = 0, unchanged = 0, updated = 0, rejected = 0;
		for (FileCounts f : files) {
			read += f.read();
			created += f.created();
			unchanged += f.unchanged();
			updated += f.updated();
			rejected += f.rejected();
		}
		return new FileCounts("all files", read, created, unchanged, updated, rejected);
	}

	/** True when every file's rows read equal new + unchanged + updated + rejected. */
	public boolean reconciles() {
		return files.stream().allMatch(FileCounts::reconciles);
	}
}
