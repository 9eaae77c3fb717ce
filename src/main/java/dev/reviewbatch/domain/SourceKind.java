package dev.reviewbatch.domain;

/**
 * What kind of record a raw row holds; decides how it is normalized and where it is
 * stored.
 */
public enum SourceKind {

	/** A diary entry (a viewing); from diary.csv, a saved diary page or a feed item. */
	DIARY,
	/** A review (a viewing with text, watched date optional); from reviews.csv. */
	REVIEW,
	/** The current rating of a film; from ratings.csv. */
	RATING,
	/** A film marked watched; from watched.csv. */
	WATCHED,
	/** A film on the watchlist. */
	WATCHLIST,
	/** A liked film; from likes/films.csv. */
	LIKED_FILM,
	/**
	 * A liked review or list, named only by its link; from likes/reviews.csv,
	 * likes/lists.csv.
	 */
	LIKED_LINK,
	/** The metadata row of a list; from lists/*.csv. */
	LIST,
	/** One film of a list; from lists/*.csv. */
	LIST_ENTRY,
	/** A comment the user wrote; from comments.csv. */
	COMMENT,
	/** The account's profile (username and join date only); from profile.csv. */
	PROFILE

}
