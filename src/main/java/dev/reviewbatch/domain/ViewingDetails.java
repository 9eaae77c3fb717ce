package dev.reviewbatch.domain;

import java.util.List;

/**
 * What some sources add to a viewing beyond the export's columns: the like, the spoiler
 * flag, the TMDb id (feeds, saved pages), the review's own title and the ratings the
 * review stated before its final one (review articles, oldest first). Immutable;
 * {@code liked}, {@code tmdbId} and {@code reviewTitle} may be null (unknown).
 */
public record ViewingDetails(Boolean liked, boolean spoilers, String tmdbId, String reviewTitle,
		List<StarRating> earlierRatings) {

	/** Nothing beyond the export's columns. */
	public static final ViewingDetails NONE = new ViewingDetails(null, false, null, null, List.of());

	public ViewingDetails {
		earlierRatings = List.copyOf(earlierRatings);
	}
}
