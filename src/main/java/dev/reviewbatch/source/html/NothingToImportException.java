package dev.reviewbatch.source.html;

import java.io.IOException;

/**
 * A saved page recognised as a Letterboxd page of a known kind that holds nothing
 * reviewbatch can import (a list page whose entries are in a markup no parser knows,
 * say). {@link #reason()} names the kind, the markup and what is missing, e.g.
 * {@code Letterboxd list page (2025 markup): no entries found}.
 */
public class NothingToImportException extends IOException {

	private final String reason;

	public NothingToImportException(String source, String reason) {
		super(source + ": " + reason);
		this.reason = reason;
	}

	public String reason() {
		return reason;
	}

}
