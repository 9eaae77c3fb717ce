package dev.reviewbatch.domain;

/**
 * A review body in two renditions: {@code raw} as the source had it (often unbalanced
 * HTML) and {@code text}, plain text with paragraphs separated by one blank line.
 * <p>
 * Immutable; both parts are non-null and {@code raw} is not blank. {@code text} is empty
 * for a review that is markup only (a {@code <script>} element, an image): the raw review
 * is kept all the same.
 */
public record ReviewText(String raw, String text) {

	public ReviewText {
		if (raw == null || raw.isBlank() || text == null) {
			throw new IllegalArgumentException("a review needs its raw text");
		}
	}
}
