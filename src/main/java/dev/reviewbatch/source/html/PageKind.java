package dev.reviewbatch.source.html;

/** What a saved Letterboxd page shows, as told by its content; decides which parser reads it. */
public enum PageKind {
	/** A diary page, {@code /<user>/films/diary/}: one row per viewing. */
	DIARY,
	/** A user's watched-films grid, {@code /<user>/films/}: one poster per film, with the user's rating. */
	FILM_GRID,
	/** A user's watchlist grid, {@code /<user>/watchlist/}. */
	WATCHLIST,
	/** A film's page, {@code /film/<slug>/}: the film, its average rating and its popular reviews. */
	FILM,
	/** A single review page, {@code /<user>/film/<slug>/}. */
	REVIEW,
	/** None of the above: not a Letterboxd page, or a kind reviewbatch does not read (lists, likes, profiles). */
	UNKNOWN
}
