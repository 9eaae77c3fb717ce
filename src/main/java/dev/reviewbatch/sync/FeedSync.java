package dev.reviewbatch.sync;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.reviewbatch.store.StoreLock;
import dev.reviewbatch.source.rss.FeedFetcher;
import dev.reviewbatch.source.rss.FeedParseResult;
import dev.reviewbatch.source.rss.FetchResult;
import dev.reviewbatch.source.rss.FeedParser;
import dev.reviewbatch.sync.FeedStateTable.FeedState;

/**
 * Reads one configured feed incrementally: a URL with a conditional GET, a file by its
 * checksum. A feed with nothing new is not imported; a new or changed feed is checked to
 * be a whole, well-formed RSS document, saved under {@code out/sync/feeds/<checksum>.xml}
 * and imported, where items seen before count as unchanged and an edited rating as
 * updated. Its state advances only after a completed import, so a failed feed is fetched
 * whole again next time. Never throws: every failure becomes a
 * {@link ItemResult.Status#FAILED} result.
 */
class FeedSync {

	private final FeedFetcher fetch;

	private final FeedStateTable states;

	private final Importer importer;

	private final Path saved;

	FeedSync(FeedFetcher fetch, FeedStateTable states, Importer importer, Path out) {
		this.fetch = fetch;
		this.states = states;
		this.importer = importer;
		this.saved = out.resolve("sync").resolve("feeds");
	}

	ItemResult sync(String feed) {
		ItemResult result;
		try {
			result = fetchAndImport(feed, states.find(feed));
		}
		catch (Exception ex) {
			if (ex instanceof StoreLock.StoreBusyException busy) {
				throw busy;
			}
			result = failed(feed, ex.getMessage() == null ? ex.toString() : ex.getMessage());
		}
		if (result.status() != ItemResult.Status.IMPORTED) {
			states.fetched(feed, result.status(), result.failed() ? result.detail() : null);
		}
		return result;
	}

	private ItemResult fetchAndImport(String feed, FeedState last) throws Exception {
		FetchResult content = isUrl(feed) ? fetch.fetch(feed, last.etag(), last.lastModified())
				: new FetchResult(FetchResult.Status.OK, Files.readAllBytes(Path.of(feed)), null, null);
		if (content.status() == FetchResult.Status.NOT_MODIFIED) {
			return new ItemResult(feed, ItemResult.Status.NOT_MODIFIED, "not modified (HTTP 304); nothing imported", 0);
		}
		String sha256 = Checksums.sha256(content.body());
		if (sha256.equals(last.contentSha256())) {
			return new ItemResult(feed, ItemResult.Status.NOT_MODIFIED,
					"unchanged since the last fetch; nothing imported", 0);
		}
		FeedParseResult parsed = new FeedParser().parse(new ByteArrayInputStream(content.body()), feed);
		ImportOutcome outcome = importer.run(save(content.body(), sha256));
		if (!outcome.completed()) {
			return new ItemResult(feed, ItemResult.Status.FAILED,
					"failed: run " + outcome.runId() + " " + outcome.status().toLowerCase() + ": " + outcome.failure(),
					outcome.runId());
		}
		states.imported(feed, content.etag(), content.lastModified(), sha256, outcome.runId());
		return new ItemResult(feed, ItemResult.Status.IMPORTED,
				fetched(parsed, content.body().length) + "; " + outcome.describe(), outcome.runId());
	}

	/** Content-addressed, so a restart of a failed run reads exactly the same bytes. */
	private Path save(byte[] body, String sha256) throws IOException {
		Files.createDirectories(saved);
		Path file = saved.resolve(sha256.substring(0, 16) + ".xml");
		if (!Files.exists(file)) {
			Files.write(file, body);
		}
		return file;
	}

	/**
	 * What was fetched, for people: e.g.
	 * {@code fetched 4 items (12 KB), 1 list item skipped}.
	 */
	static String fetched(FeedParseResult feed, int bytes) {
		String text = "fetched " + feed.itemsRead() + (feed.itemsRead() == 1 ? " item" : " items") + " ("
				+ Math.max(1, Math.round(bytes / 1024.0)) + " KB)";
		int skipped = feed.listItemsSkipped();
		return skipped == 0 ? text : text + ", " + skipped + (skipped == 1 ? " list item" : " list items") + " skipped";
	}

	private static ItemResult failed(String feed, String reason) {
		return new ItemResult(feed, ItemResult.Status.FAILED, "failed: " + reason, 0);
	}

	static boolean isUrl(String feed) {
		return feed.startsWith("http://") || feed.startsWith("https://");
	}

}
