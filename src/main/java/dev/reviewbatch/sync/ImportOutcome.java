package dev.reviewbatch.sync;

import dev.reviewbatch.store.RunLedger.FileCounts;

/**
 * What one import run of the sync did: its run id, status, its rows in total, and the
 * first failure's message (empty when it completed). Immutable.
 */
public record ImportOutcome(long runId, String status, FileCounts total, String failure) {

	public boolean completed() {
		return "COMPLETED".equals(status);
	}

	/** E.g. {@code run 7: 2 new, 5 unchanged, 1 updated, 0 rejected}. */
	public String describe() {
		return "run " + runId + ": " + total.created() + " new, " + total.unchanged() + " unchanged, " + total.updated()
				+ " updated, " + total.rejected() + " rejected";
	}
}
