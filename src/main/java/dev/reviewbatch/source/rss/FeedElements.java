package dev.reviewbatch.source.rss;

import javax.xml.namespace.QName;

/**
 * Every element name the feed parser reads, by namespace URI and local name, in one place
 * (FORMATS §4). Constants only.
 */
final class FeedElements {

	static final String LETTERBOXD = "https://letterboxd.com";

	static final String TMDB = "https://themoviedb.org";

	static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

	// --- RSS 2.0, no namespace ---

	static final QName RSS = new QName("rss");

	static final QName CHANNEL = new QName("channel");

	static final QName ITEM = new QName("item");

	static final QName TITLE = new QName("title");

	static final QName LINK = new QName("link");

	static final QName GUID = new QName("guid");

	static final QName PUB_DATE = new QName("pubDate");

	static final QName DESCRIPTION = new QName("description");

	static final QName CREATOR = new QName(DUBLIN_CORE, "creator");

	// --- Letterboxd's and TMDb's own ---

	static final QName FILM_TITLE = new QName(LETTERBOXD, "filmTitle");

	static final QName FILM_YEAR = new QName(LETTERBOXD, "filmYear");

	static final QName WATCHED_DATE = new QName(LETTERBOXD, "watchedDate");

	static final QName REWATCH = new QName(LETTERBOXD, "rewatch");

	static final QName MEMBER_RATING = new QName(LETTERBOXD, "memberRating");

	static final QName MEMBER_LIKE = new QName(LETTERBOXD, "memberLike");

	static final QName MOVIE_ID = new QName(TMDB, "movieId");

	static final QName TV_ID = new QName(TMDB, "tvId");

	/** The guid of a list item: {@code letterboxd-list-<id>}. */
	static final String LIST_GUID_PREFIX = "letterboxd-list-";

	/** Appended to an item's title when its review contains spoilers. */
	static final String SPOILER_TITLE_MARK = "(contains spoilers)";

	private FeedElements() {
	}

}
