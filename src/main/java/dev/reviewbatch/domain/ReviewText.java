package dev.reviewbatch.domain;

/**
 * A review body in two renditions: {@code raw} as the source had it (often unbalanced HTML) and
 * {@code text}, plain text with paragraphs separated by one blank line.
 * <p>
 * Immutable; both parts are non-null and {@code text} is not blank.
 */
public record ReviewText(String raw, String text) {

	public ReviewText {
		if (raw == null || text == null || text.isBlank()) {
			throw new IllegalArgumentException("a review needs text");
		}
	}
}
