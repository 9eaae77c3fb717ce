package dev.reviewbatch.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * What one sync did, item by item, and what changed in the store since the previous sync.
 * {@code previousSync} is 0 and {@code previousFinished} null for the first sync.
 * Immutable.
 *
 * @param stopped the sync was asked to stop and left items for the next one
 */
public record SyncSummary(long syncId, long previousSync, Instant previousFinished, List<ItemResult> feeds,
		List<ItemResult> inbox, SinceLastSync since, Duration elapsed, boolean stopped) {

	public SyncSummary {
		feeds = List.copyOf(feeds);
		inbox = List.copyOf(inbox);
	}

	/** True when any feed or inbox file failed; the others still ran. */
	public boolean anyFailed() {
		return items().anyMatch(ItemResult::failed);
	}

	/** True when something was imported. */
	public boolean anyImported() {
		return items().anyMatch(i -> i.status() == ItemResult.Status.IMPORTED);
	}

	private Stream<ItemResult> items() {
		return Stream.concat(feeds.stream(), inbox.stream());
	}
}
