package dev.reviewbatch.source.rss;

/**
 * The field names feed rows use: the Letterboxd export's column names where one fits,
 * plus the feed's extras. Constants only.
 */
final class Fields {

	static final String DATE = "Date";

	static final String PUBLISHED = "Published";

	static final String NAME = "Name";

	static final String YEAR = "Year";

	static final String URI = "Letterboxd URI";

	static final String RATING = "Rating";

	static final String REWATCH = "Rewatch";

	static final String WATCHED_DATE = "Watched Date";

	static final String REVIEW = "Review";

	static final String SPOILERS = "Spoilers";

	static final String LIKED = "Liked";

	static final String TMDB_ID = "TMDb ID";

	static final String TMDB_TV_ID = "TMDb TV ID";

	static final String GUID = "Guid";

	static final String REVIEWER = "Reviewer";

	static final String YES = "Yes";

	private Fields() {
	}

}
