package dev.reviewbatch.normalize;

import dev.reviewbatch.domain.StarRating;

/**
 * One rating statement found in free text: the rating, where it is
 * ({@code text.substring(start, end)} equals {@code matched}) and whether the author
 * marked it as the final verdict ("Final Rating: …", "Verdict: …").
 * <p>
 * Immutable; the constructor rejects a null rating or matched text and an invalid span.
 */
public record RatingMention(StarRating rating, int start, int end, String matched, boolean isFinal) {

	public RatingMention {
		if (rating == null || matched == null) {
			throw new IllegalArgumentException("a rating mention needs a rating and the matched text");
		}
		if (start < 0 || end < start || end - start != matched.length()) {
			throw new IllegalArgumentException("invalid span " + start + ".." + end + " for \"" + matched + "\"");
		}
	}

	/** True when both mentions state the same rating, wherever they are. */
	public boolean sameRatingAs(RatingMention other) {
		return other != null && rating.equals(other.rating);
	}
}
