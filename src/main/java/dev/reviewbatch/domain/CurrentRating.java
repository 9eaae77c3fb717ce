package dev.reviewbatch.domain;

import java.time.LocalDate;

/**
 * The account's current rating of a film (ratings.csv), as of {@code ratedOn};
 * {@code filmUri} may be null, and so may {@code ratedOn} when the source shows no date
 * (the rating under a poster of a saved films grid or list).
 */
public record CurrentRating(String account, Film film, StarRating rating, LocalDate ratedOn, String filmUri,
		Provenance from) implements ImportItem {

	public CurrentRating {
		if (film == null || rating == null || from == null) {
			throw new IllegalArgumentException("a current rating needs a film, a rating and a provenance");
		}
	}
}
