package dev.reviewbatch.sink.export;

import java.util.List;

/**
 * Every table of a store dump, in the order written. The schemas are documented in
 * {@code docs/export-schemas.md}; change both together. A column written
 * {@code name=expression} is filled by the expression; a bare name is a column of the
 * same name. Internal bookkeeping (fingerprints, run numbers) is left out; every record
 * of every state is in.
 */
final class DumpTables {

	private static final String[] PROVENANCE = { "state", "source", "source_line" };

	static final DumpTable ACCOUNTS = DumpTable.of("accounts", "row_key", "account",
			with("key=row_key", "username", "joined_date"));

	static final DumpTable FILMS = DumpTable.of("films", "film_key", "film", "key=film_key", "title",
			"year=release_year", "letterboxd_uri", "source", "source_line");

	static final DumpTable VIEWINGS = DumpTable.of("viewings", "row_key", "viewing",
			with("key=row_key", "account", "film_key", "watched_date", "logged_date", "half_stars", "rewatch", "tags",
					"letterboxd_uri", "in_diary", "has_review=CASE WHEN review_raw IS NULL THEN FALSE ELSE TRUE END"));

	static final DumpTable REVIEWS = DumpTable.of("reviews", "row_key", "viewing WHERE review_raw IS NOT NULL",
			"viewing_key=row_key", "account", "film_key", "review_html=review_raw", "review_text", "state",
			"source=review_source", "source_line=review_line");

	static final DumpTable RATING_EVENTS = DumpTable.of("rating_events", "row_key", "rating_event",
			with("key=row_key", "account", "film_key", "event_date", "half_stars", "origin"));

	static final DumpTable CURRENT_RATINGS = DumpTable.of("current_ratings", "row_key", "current_rating",
			with("key=row_key", "account", "film_key", "half_stars", "rated_date", "letterboxd_uri"));

	static final DumpTable FILM_MARKS = DumpTable.of("film_marks", "row_key", "film_mark",
			with("key=row_key", "account", "kind", "film_key", "mark_date", "letterboxd_uri"));

	static final DumpTable LISTS = DumpTable.of("lists", "row_key", "film_list",
			with("key=row_key", "account", "name", "tags", "letterboxd_uri", "description", "list_date"));

	static final DumpTable LIST_ENTRIES = DumpTable.of("list_entries", "list_key, list_position, row_key", "list_entry",
			with("key=row_key", "list_key", "position=list_position", "account", "film_key", "letterboxd_uri",
					"notes"));

	static final DumpTable LIKES = DumpTable.of("likes", "row_key", "link_like",
			with("key=row_key", "account", "target", "like_date"));

	static final DumpTable COMMENTS = DumpTable.of("comments", "row_key", "user_comment",
			with("key=row_key", "account", "comment_date", "target", "body"));

	static final List<DumpTable> ALL = List.of(ACCOUNTS, FILMS, VIEWINGS, REVIEWS, RATING_EVENTS, CURRENT_RATINGS,
			FILM_MARKS, LISTS, LIST_ENTRIES, LIKES, COMMENTS);

	private DumpTables() {
	}

	/** The given columns followed by state, source and source_line. */
	private static String[] with(String... columns) {
		String[] all = java.util.Arrays.copyOf(columns, columns.length + PROVENANCE.length);
		System.arraycopy(PROVENANCE, 0, all, columns.length, PROVENANCE.length);
		return all;
	}

}
