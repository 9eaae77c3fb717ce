package dev.reviewbatch.source.article;

import dev.reviewbatch.domain.StarRating;

/**
 * A rating the article declares outside its prose: a schema.org {@code reviewRating} or a
 * front-matter grade, with where it was found (e.g.
 * {@code schema.org reviewRating 8/10}). Immutable.
 */
record DeclaredRating(StarRating rating, String from) {

	DeclaredRating {
		if (rating == null || from == null) {
			throw new IllegalArgumentException("a declared rating needs a rating and where it came from");
		}
	}
}
