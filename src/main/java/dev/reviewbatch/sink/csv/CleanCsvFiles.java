package dev.reviewbatch.sink.csv;

import java.util.List;
import java.util.Set;

import dev.reviewbatch.sink.SortedRows;
import dev.reviewbatch.sink.SortedRows.Key;

/**
 * The output contract of {@code output/clean/}: every file, its columns, and where they
 * come from in the store. The first columns of each file are the contract (README
 * "Output"); later ones are extras. Rows are in a stable order so that outputs can be
 * diffed (ties between accounts broken by account, so a store written by several writers
 * at once gives the same files); the big files (viewings, reviews, rating history) are
 * sorted in Java ({@link SortedRows}), the others by their query.
 */
final class CleanCsvFiles {

	private static final String FILM_COLUMNS = "f.film_key, f.title, f.release_year";

	static final CleanCsvFile FILMS = new CleanCsvFile("films.csv",
			List.of("film_key", "title", "year", "letterboxd_uri"),
			"SELECT film_key, title, release_year, letterboxd_uri FROM film ORDER BY film_key", Set.of());

	/**
	 * films.csv of one account: the films its rows name. Read through
	 * {@link dev.reviewbatch.sink.AccountScope}, which narrows the tables of the union to
	 * the account's rows (the film table itself belongs to no account).
	 */
	static final CleanCsvFile FILMS_NAMED = new CleanCsvFile("films.csv", FILMS.header(),
			"SELECT f.film_key, f.title, f.release_year, f.letterboxd_uri FROM "
					+ "(SELECT film_key FROM viewing UNION SELECT film_key FROM current_rating "
					+ "UNION SELECT film_key FROM rating_event UNION SELECT film_key FROM film_mark "
					+ "UNION SELECT film_key FROM list_entry) a JOIN film f ON f.film_key = a.film_key ORDER BY f.film_key",
			Set.of());

	static final CleanCsvFile VIEWINGS = new CleanCsvFile("viewings.csv",
			List.of("film_key", "title", "year", "watched_date", "logged_date", "rating", "rewatch", "tags", "review",
					"letterboxd_uri", "source", "account", "state"),
			"SELECT " + FILM_COLUMNS + ", v.watched_date, v.logged_date, v.half_stars, v.rewatch, v.tags, "
					+ "v.review_text, v.letterboxd_uri, v.source || ':' || v.source_line, v.account, v.state, v.row_key "
					+ "FROM viewing v JOIN film f ON f.film_key = v.film_key "
					+ "WHERE (v.in_diary OR v.watched_date IS NOT NULL) AND v.state IN ('LIVE', 'ORPHANED')",
			Set.of("rating"), List.of(Key.asc(3), Key.asc(4), Key.asc(11), Key.asc(13)));

	static final CleanCsvFile REVIEWS = new CleanCsvFile("reviews.csv",
			List.of("film_key", "title", "year", "watched_date", "logged_date", "rating", "review", "letterboxd_uri",
					"source", "account", "state"),
			"SELECT " + FILM_COLUMNS + ", v.watched_date, v.logged_date, v.half_stars, v.review_text, "
					+ "v.letterboxd_uri, v.review_source || ':' || v.review_line, v.account, v.state, v.row_key "
					+ "FROM viewing v JOIN film f ON f.film_key = v.film_key "
					+ "WHERE v.review_text IS NOT NULL AND v.state IN ('LIVE', 'ORPHANED')",
			Set.of("rating"), List.of(Key.asc(4), Key.asc(9), Key.asc(11)));

	static final CleanCsvFile RATINGS = new CleanCsvFile("ratings.csv",
			List.of("film_key", "title", "year", "rating", "rated_date", "letterboxd_uri", "account"),
			"SELECT " + FILM_COLUMNS + ", r.half_stars, r.rated_date, r.letterboxd_uri, r.account "
					+ "FROM current_rating r JOIN film f ON f.film_key = r.film_key WHERE r.state = 'LIVE' "
					+ "ORDER BY r.film_key, r.account",
			Set.of("rating"));

	/**
	 * Observations of one date are in the order they were made: a review's earlier
	 * statements first ({@code seq}), then by the run that last wrote them (an edited
	 * rating's earlier value is kept with its own run). The observations of an entry the
	 * user deleted (marked DELETED with it) are left out. previous_rating is filled while
	 * writing (see {@link CleanCsvFile#previousWithin}), not with a window function: H2
	 * holds a window's whole input in memory, which does not stream at a million events.
	 */
	static final CleanCsvFile RATING_HISTORY = new CleanCsvFile("rating_history.csv",
			List.of("film_key", "title", "year", "date", "rating", "previous_rating", "source", "origin", "account"),
			"SELECT " + FILM_COLUMNS + ", e.event_date, e.half_stars, NULL, "
					+ "e.source || ':' || e.source_line, e.origin, e.account, e.seq, e.last_seen_run, e.row_key "
					+ "FROM rating_event e JOIN film f ON f.film_key = e.film_key WHERE e.state <> 'DELETED'",
			Set.of("rating", "previous_rating"),
			new CleanCsvFile.Previous(List.of("film_key", "account"), "rating", "previous_rating"),
			List.of(Key.asc(0), Key.asc(8), Key.asc(3), Key.asc(9), Key.asc(10), Key.asc(7), Key.asc(11)));

	static final CleanCsvFile WATCHLIST = new CleanCsvFile("watchlist.csv",
			List.of("film_key", "title", "year", "added_date", "letterboxd_uri", "account"),
			"SELECT " + FILM_COLUMNS + ", m.mark_date, m.letterboxd_uri, m.account "
					+ "FROM film_mark m JOIN film f ON f.film_key = m.film_key "
					+ "WHERE m.kind = 'WATCHLIST' AND m.state = 'LIVE' ORDER BY m.mark_date NULLS FIRST, m.row_key",
			Set.of());

	static final CleanCsvFile WATCHED = new CleanCsvFile("watched.csv",
			List.of("film_key", "title", "year", "watched_marked_date", "letterboxd_uri", "account"),
			"SELECT " + FILM_COLUMNS + ", m.mark_date, m.letterboxd_uri, m.account "
					+ "FROM film_mark m JOIN film f ON f.film_key = m.film_key "
					+ "WHERE m.kind = 'WATCHED' AND m.state = 'LIVE' ORDER BY m.mark_date NULLS FIRST, m.row_key",
			Set.of());

	static final CleanCsvFile LIST_ENTRIES = new CleanCsvFile("list_entries.csv",
			List.of("list_name", "position", "film_key", "title", "year", "notes", "list_uri", "account"),
			"SELECT l.name, e.list_position, " + FILM_COLUMNS + ", e.notes, l.letterboxd_uri, l.account "
					+ "FROM list_entry e JOIN film_list l ON l.row_key = e.list_key "
					+ "JOIN film f ON f.film_key = e.film_key WHERE l.state = 'LIVE' AND e.state = 'LIVE' "
					+ "ORDER BY l.name, l.row_key, e.list_position",
			Set.of());

	static final List<CleanCsvFile> ALL = List.of(FILMS, VIEWINGS, REVIEWS, RATINGS, RATING_HISTORY, WATCHLIST, WATCHED,
			LIST_ENTRIES);

	/**
	 * The files of one account, read through its
	 * {@link dev.reviewbatch.sink.AccountScope}.
	 */
	static final List<CleanCsvFile> OF_ONE_ACCOUNT = List.of(FILMS_NAMED, VIEWINGS, REVIEWS, RATINGS, RATING_HISTORY,
			WATCHLIST, WATCHED, LIST_ENTRIES);

	private CleanCsvFiles() {
	}

}
