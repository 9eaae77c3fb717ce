package dev.reviewbatch.source.article;

/**
 * A rating the article declares outside its prose, as written: a rating in any notation
 * ({@code 3.5/5}, {@code ★★★½}, {@code 8/10}), a letter grade ({@code A-}), or a
 * schema.org {@code reviewRating} ({@code ratingValue} on the scale {@code bestRating}).
 * Any part may be null; normalize reads them (a grade that is one first). Immutable.
 */
record DeclaredRating(String notation, String grade, String value, String best) {

	/** A rating in a notation the rating parser reads. */
	static DeclaredRating notation(String notation) {
		return new DeclaredRating(notation, null, null, null);
	}

	/** schema.org {@code reviewRating}: {@code ratingValue} and {@code bestRating}. */
	static DeclaredRating schemaOrg(String value, String best) {
		return value == null ? null : new DeclaredRating(null, null, value, best);
	}

}
