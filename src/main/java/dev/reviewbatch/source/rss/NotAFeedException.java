package dev.reviewbatch.source.rss;

import java.io.IOException;

/**
 * A document that cannot be read as an RSS feed: not XML, another kind of document (an
 * HTML page, an Atom feed), or XML that breaks off or is malformed (a truncated
 * download). The message is one line naming the source and the reason; {@link #source()}
 * and {@link #reason()} give the parts for a rejects file. No row of such a document is
 * kept.
 */
public class NotAFeedException extends IOException {

	private final String source;

	private final String reason;

	public NotAFeedException(String source, String reason) {
		this(source, reason, null);
	}

	public NotAFeedException(String source, String reason, Throwable cause) {
		super(source + " is not a readable RSS feed: " + reason, cause);
		this.source = source;
		this.reason = reason;
	}

	public String source() {
		return source;
	}

	public String reason() {
		return reason;
	}

}
