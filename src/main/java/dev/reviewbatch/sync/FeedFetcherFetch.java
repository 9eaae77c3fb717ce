package dev.reviewbatch.sync;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import dev.reviewbatch.source.rss.FeedFetcher;
import dev.reviewbatch.source.rss.FetchResult;

/**
 * {@link FeedFetch} over {@link FeedFetcher}: its timeout, size cap, User-Agent,
 * conditional GET and one retry with backoff; a failure is its
 * {@code FeedFetchException}, naming the URL and the reason. Thread-safe.
 */
final class FeedFetcherFetch implements FeedFetch {

	private final FeedFetcher fetcher;

	FeedFetcherFetch(Duration timeout) {
		this.fetcher = new FeedFetcher(timeout, FeedFetcher.DEFAULT_MAX_BYTES);
	}

	@Override
	public Result fetch(URI url, String etag, String lastModified) throws IOException {
		FetchResult result = fetcher.fetch(url.toString(), etag, lastModified);
		if (result.status() == FetchResult.Status.NOT_MODIFIED) {
			return new NotModified();
		}
		return new Content(result.body(), result.etag(), result.lastModified());
	}

}
