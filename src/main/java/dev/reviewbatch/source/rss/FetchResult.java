package dev.reviewbatch.source.rss;

/**
 * What a feed fetch gave: {@link Status#OK} with the body, or {@link Status#NOT_MODIFIED}
 * (HTTP 304, empty body) when the feed has not changed since the given validators.
 * {@code etag} and {@code lastModified} are the validators to send next time
 * ({@code null} when the server gives none). Immutable: the body is copied in and out.
 */
public record FetchResult(Status status, byte[] body, String etag, String lastModified) {

	public enum Status {

		/** 200: the body is the feed. */
		OK,
		/** 304: the feed is unchanged; keep what was read last time. */
		NOT_MODIFIED

	}

	public FetchResult {
		if (status == null) {
			throw new IllegalArgumentException("a fetch result needs a status");
		}
		body = body == null ? new byte[0] : body.clone();
	}

	@Override
	public byte[] body() {
		return body.clone();
	}
}
