package dev.reviewbatch.source.html;

import java.io.IOException;

/**
 * A saved page that is none of the kinds reviewbatch reads. The message is one line
 * naming the file and what the page showed instead; {@link #source()} and
 * {@link #reason()} give the two parts for a rejects file.
 */
public class UnrecognizedPageException extends IOException {

	private final String source;

	private final String reason;

	public UnrecognizedPageException(String source, String reason) {
		super(source + " is not a Letterboxd page reviewbatch can read: " + reason);
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
