package dev.reviewbatch.sync;

import java.util.Map;

/**
 * What changed in the store since the previous sync, over every import run after it: new
 * viewings (rows of {@code clean/viewings.csv} first stored then: live or orphaned diary
 * entries and dated reviews) and the ledger's changes by category
 * ({@code rating_changed}, {@code review_edited}, {@code gone}, …). Immutable.
 */
public record SinceLastSync(long importRuns, long newViewings, Map<String, Long> changes) {

	public SinceLastSync {
		changes = Map.copyOf(changes);
	}

	public long count(String category) {
		return changes.getOrDefault(category, 0L);
	}
}
