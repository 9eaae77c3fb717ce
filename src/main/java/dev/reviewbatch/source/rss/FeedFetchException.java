package dev.reviewbatch.source.rss;

import java.io.IOException;

/**
 * A feed that could not be fetched: a refused URL, a timeout, a network error, an HTTP
 * error status or a body over the size cap. The message is one line naming the URL and
 * the reason; {@link #url()} and {@link #reason()} give the parts for a rejects file.
 */
public class FeedFetchException extends IOException {

	private final String url;

	private final String reason;

	public FeedFetchException(String url, String reason) {
		this(url, reason, null);
	}

	public FeedFetchException(String url, String reason, Throwable cause) {
		super("cannot fetch feed " + url + ": " + reason, cause);
		this.url = url;
		this.reason = reason;
	}

	public String url() {
		return url;
	}

	public String reason() {
		return reason;
	}

}
