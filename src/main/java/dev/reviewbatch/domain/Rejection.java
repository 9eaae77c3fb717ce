package dev.reviewbatch.domain;

/**
 * A row that could not be normalized, or a file that could not be read: where, why, and the row as it was.
 * Rejections are data: they are written with the chunk they belong to, so a restart never loses or repeats one.
 */
public record Rejection(Provenance from, String reason, String raw) implements ImportItem {

	public Rejection {
		if (from == null || reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a rejection needs a provenance and a reason");
		}
		raw = raw == null ? "" : raw;
	}
}
