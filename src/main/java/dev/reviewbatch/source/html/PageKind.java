package dev.reviewbatch.source.html;

/**
 * What a saved Letterboxd page shows, as told by its content; decides which parser reads
 * it.
 */
public enum PageKind {

	/**
	 * A diary page, {@code /<user>/films/diary/}: one row per viewing (none on an empty
	 * year or month).
	 */
	DIARY("diary page"),
	/**
	 * A user's watched-films grid, {@code /<user>/films/}: one poster per film, with the
	 * user's rating.
	 */
	FILM_GRID("films grid"),
	/** A user's watchlist grid, {@code /<user>/watchlist/}. */
	WATCHLIST("watchlist"),
	/**
	 * A film's page, {@code /film/<slug>/}: the film, its average rating and its popular
	 * reviews.
	 */
	FILM("film page"),
	/** A single review page, {@code /<user>/film/<slug>/}. */
	REVIEW("review page"),
	/**
	 * A user's list, {@code /<user>/list/<slug>/}: its name and its films at their
	 * positions.
	 */
	LIST("list page"),
	/**
	 * A person's films, {@code /director/<slug>/}, {@code /actor/<slug>/} and the other
	 * crew roles.
	 */
	FILMOGRAPHY("filmography page"),
	/**
	 * None of the above: not a Letterboxd page, or a kind reviewbatch does not read
	 * (likes, profiles).
	 */
	UNKNOWN("page");

	private final String label;

	PageKind(String label) {
		this.label = label;
	}

	/** The kind in words, for messages: {@code "list page"}. */
	public String label() {
		return label;
	}

}
