package dev.reviewbatch.normalize;

/**
 * What a blog or feed headline says: the film's clean title, its release year
 * ({@code null} when the headline has none) and the review's own title ({@code null} when
 * absent).
 * <p>
 * Immutable; the constructor rejects a blank title.
 */
public record Headline(String title, Integer year, String reviewTitle) {

	public Headline {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("a headline needs a film title");
		}
	}
}
