package dev.reviewbatch.sync;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The {@link SyncRun} of each {@code nightlySyncJob} execution this context is running,
 * keyed by its job execution id: opened by the first step, read by the others, and taken
 * away by the launcher ({@link NightlySync}) once the execution ended. Thread-safe.
 */
@Component
class SyncRuns {

	private final Map<Long, SyncRun> runs = new ConcurrentHashMap<>();

	void open(long executionId, SyncRun run) {
		runs.put(executionId, run);
	}

	/** The execution's run; throws when {@code beginSync} has not opened it. */
	SyncRun get(long executionId) {
		SyncRun run = runs.get(executionId);
		if (run == null) {
			throw new IllegalStateException("no sync is open for job execution " + executionId);
		}
		return run;
	}

	/** Removes and returns the execution's run, or null when none was opened. */
	SyncRun take(long executionId) {
		return runs.remove(executionId);
	}

}
