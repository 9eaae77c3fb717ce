package dev.reviewbatch.sync;

import java.io.IOException;
import java.net.URI;

/**
 * Fetches a feed URL with a conditional GET. Throws {@link IOException} (message naming
 * the URL and the reason: timeout, HTTP status, too large) when the feed cannot be
 * fetched after its retries.
 */
@FunctionalInterface
public interface FeedFetch {

	/**
	 * What a fetch brought: nothing new (HTTP 304), or the feed's bytes with the
	 * validators for next time.
	 */
	sealed interface Result permits NotModified, Content {

	}

	/** The server said 304 Not Modified. */
	record NotModified() implements Result {
	}

	/**
	 * The feed's bytes; {@code etag} and {@code lastModified} are null when the server
	 * sent none.
	 */
	record Content(byte[] body, String etag, String lastModified) implements Result {
	}

	/**
	 * {@code etag} and {@code lastModified} are those of the last good fetch, or null.
	 */
	Result fetch(URI url, String etag, String lastModified) throws IOException;

}
