package dev.reviewbatch.source.html;

/**
 * The field names saved-page rows use: the Letterboxd export's column names where one
 * fits, plus a few extras. Constants only.
 */
final class Fields {

	static final String DATE = "Date";

	static final String NAME = "Name";

	static final String YEAR = "Year";

	static final String URI = "Letterboxd URI";

	static final String RATING = "Rating";

	static final String REWATCH = "Rewatch";

	static final String TAGS = "Tags";

	static final String WATCHED_DATE = "Watched Date";

	static final String REVIEW = "Review";

	static final String LIKED = "Liked";

	static final String SPOILERS = "Spoilers";

	static final String REVIEWER = "Reviewer";

	static final String TRUNCATED = "Truncated";

	static final String AVERAGE_RATING = "Average Rating";

	static final String FILM_ID = "Film ID";

	static final String TMDB_ID = "TMDb ID";

	static final String TMDB_TV_ID = "TMDb TV ID";

	static final String URL = "URL";

	static final String LIST_URL = "List URL";

	static final String POSITION = "Position";

	static final String DESCRIPTION = "Description";

	static final String FILE = "File";

	static final String YES = "Yes";

	static final String NO = "No";

	private Fields() {
	}

}
