package dev.reviewbatch.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * What one execution of the {@code nightlySyncJob} has done so far, handed from step to
 * step ({@link SyncRuns}): the sync's id and the previous sync, opened by
 * {@code beginSync}; the feed and inbox results, added by {@code syncFeeds} and
 * {@code syncInbox}; and the {@link SyncSummary} that {@code finishSync} makes of them.
 * Not thread-safe: one execution's steps run one after another on one thread.
 */
final class SyncRun {

	private final long syncId;

	private final SyncRunTable.Previous previous;

	private final Instant started;

	private final List<ItemResult> feeds = new ArrayList<>();

	private final List<ItemResult> inbox = new ArrayList<>();

	private SyncSummary summary;

	/** A sync just opened; {@code previous} is null for the first sync. */
	SyncRun(long syncId, SyncRunTable.Previous previous, Instant started) {
		this.syncId = syncId;
		this.previous = previous;
		this.started = started;
	}

	long syncId() {
		return syncId;
	}

	/** The last import run the store held when the previous sync finished, or 0. */
	long previousStoreRun() {
		return previous == null ? 0 : previous.storeRunId();
	}

	void feedsSynced(List<ItemResult> results) {
		feeds.addAll(results);
	}

	void inboxSynced(List<ItemResult> results) {
		inbox.addAll(results);
	}

	/** The lowest import run this sync started, or 0 when it imported nothing. */
	long firstRun() {
		return runs().min().orElse(0);
	}

	/** The highest import run this sync started, or 0 when it imported nothing. */
	long lastRun() {
		return runs().max().orElse(0);
	}

	void finish(SinceLastSync since, boolean stopped) {
		summary = new SyncSummary(syncId, previous == null ? 0 : previous.syncId(),
				previous == null ? null : previous.finished(), feeds, inbox, since,
				Duration.between(started, Instant.now()), stopped);
	}

	/** The summary; throws when {@code finishSync} has not run. */
	SyncSummary summary() {
		if (summary == null) {
			throw new IllegalStateException("sync " + syncId + " did not finish");
		}
		return summary;
	}

	private LongStream runs() {
		return Stream.concat(feeds.stream(), inbox.stream()).mapToLong(ItemResult::runId).filter(id -> id > 0);
	}

}
