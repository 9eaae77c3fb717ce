package dev.reviewbatch.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.reviewbatch.source.rss.FeedFetcher;
import dev.reviewbatch.job.ImportLauncher;
import dev.reviewbatch.job.RunSummaries;
import dev.reviewbatch.sink.summary.RunSummary;

/**
 * The one-shot sync: each configured feed read incrementally ({@link FeedSync}), then
 * each new file of the inbox imported once ({@link InboxSync}), each through the same
 * launcher as {@code reviewbatch import}; then what changed since the previous sync. One
 * failing feed or file does not stop the others. Regenerating the reports is the caller's
 * last step. Once the context's {@link StopSignal} is raised it starts no further feed or
 * file. Throws only when the store itself cannot be used (for example another run holds
 * it).
 */
@Component
public class NightlySync {

	private final ImportLauncher launcher;

	private final RunSummaries summaries;

	private final JdbcTemplate jdbc;

	private final StopSignal stop;

	public NightlySync(ImportLauncher launcher, RunSummaries summaries, JdbcTemplate jdbc, StopSignal stop) {
		this.launcher = launcher;
		this.summaries = summaries;
		this.jdbc = jdbc;
		this.stop = stop;
	}

	public SyncSummary run(SyncSettings settings) throws Exception {
		FeedFetcher fetch = new FeedFetcher(settings.feedTimeout(), FeedFetcher.DEFAULT_MAX_BYTES);
		Instant started = Instant.now();
		SyncRunTable syncs = new SyncRunTable(jdbc);
		long syncId = syncs.begin();
		SyncRunTable.Previous previous = syncs.previous(syncId);
		Importer importer = input -> importOne(input, settings.out());
		// step 1: feeds
		FeedSync feedSync = new FeedSync(fetch, new FeedStateTable(jdbc), importer, settings.out());
		List<ItemResult> feeds = new ArrayList<>();
		for (String feed : settings.feeds()) {
			if (stop.raised()) {
				break;
			}
			feeds.add(feedSync.sync(feed));
		}
		// step 2: inbox
		Inbox inbox = new Inbox(settings.inbox(), settings.processed(), settings.settle(), Clock.systemUTC());
		List<ItemResult> files = new InboxSync(inbox, new InboxTable(jdbc), importer).sync(stop::raised);
		// step 3: what changed since the previous sync
		syncs.finish(syncId, firstRun(feeds, files), lastRun(feeds, files));
		SinceLastSync since = syncs.changesAfter(previous == null ? 0 : previous.storeRunId());
		return new SyncSummary(syncId, previous == null ? 0 : previous.syncId(),
				previous == null ? null : previous.finished(), feeds, files, since,
				Duration.between(started, Instant.now()), stop.raised());
	}

	private ImportOutcome importOne(Path input, Path out) throws Exception {
		JobExecution execution = launcher.run(input, out);
		RunSummary summary = summaries.of(execution, out);
		String failure = execution.getAllFailureExceptions()
			.stream()
			.findFirst()
			.map(NightlySync::oneLine)
			.orElse(execution.getStatus().name().toLowerCase());
		return new ImportOutcome(summary.runId(), summary.status(), summary.total(), failure);
	}

	private static String oneLine(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return message.lines().findFirst().orElse(message);
	}

	private static long firstRun(List<ItemResult> feeds, List<ItemResult> files) {
		return runs(feeds, files).min().orElse(0);
	}

	private static long lastRun(List<ItemResult> feeds, List<ItemResult> files) {
		return runs(feeds, files).max().orElse(0);
	}

	private static java.util.stream.LongStream runs(List<ItemResult> feeds, List<ItemResult> files) {
		return java.util.stream.Stream.concat(feeds.stream(), files.stream())
			.mapToLong(ItemResult::runId)
			.filter(id -> id > 0);
	}

}
