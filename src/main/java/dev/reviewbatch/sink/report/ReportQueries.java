package dev.reviewbatch.sink.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import dev.reviewbatch.sink.SortedRows;
import dev.reviewbatch.sink.SortedRows.Key;

/**
 * Every SQL statement of the report, in one place so that a change of the store's schema
 * is one edit here. The store does the counting: each query is an aggregate (GROUP BY,
 * window functions) or a capped top-N (ORDER BY … FETCH FIRST), so the report's memory
 * grows with the number of distinct days, years, tags and shown films, never with the
 * number of viewings; the few per-film lists that can be long are streamed row by row
 * into their CSV. Portable SQL only (H2 2.x and PostgreSQL 15). Which rows count follows
 * the clean files: viewings are diary entries or entries with a watched date, LIVE or
 * ORPHANED; reviews and rating events LIVE or ORPHANED; current ratings and marks LIVE.
 * Every result is in a stable order. Thread-safe (stateless over JDBC).
 */
final class ReportQueries {

	static final String LIVE_STATES = "('LIVE', 'ORPHANED')";

	/** The viewings the report counts, as a condition on {@code viewing v}. */
	static final String VIEWED = "(v.in_diary OR v.watched_date IS NOT NULL) AND v.state IN " + LIVE_STATES;

	private static final String FILM = "f.film_key, f.title, f.release_year";

	/**
	 * On one date a diary rating comes first, then a review's, then the current rating.
	 */
	private static final String ORIGIN_RANK = "CASE e.origin WHEN 'diary' THEN 0 WHEN 'review' THEN 1 "
			+ "WHEN 'ratings' THEN 3 ELSE 2 END";

	private static final String EVENT_ORDER = "e.event_date NULLS FIRST, " + ORIGIN_RANK
			+ ", e.seq, e.source, e.source_line, e.row_key";

	private final JdbcTemplate jdbc;

	ReportQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	// ---- totals

	long filmsInStore() {
		return count("SELECT COUNT(*) FROM film");
	}

	long watchlist() {
		return count("SELECT COUNT(*) FROM film_mark WHERE kind = 'WATCHLIST' AND state = 'LIVE'");
	}

	long reviews() {
		return count("SELECT COUNT(*) FROM viewing v WHERE v.review_text IS NOT NULL AND v.state IN " + LIVE_STATES);
	}

	/** How many accounts the store holds anything for. */
	long accounts() {
		return count("SELECT COUNT(*) FROM (SELECT v.account FROM viewing v WHERE v.state IN " + LIVE_STATES
				+ " UNION SELECT r.account FROM current_rating r WHERE r.state = 'LIVE'"
				+ " UNION SELECT m.account FROM film_mark m WHERE m.state = 'LIVE') a");
	}

	record Source(long runId, String account, String input, boolean completeExport, long rowsRead, LocalDate started) {
	}

	List<Source> sources() {
		return jdbc.query("SELECT r.run_id, r.account, r.input, r.complete_export, "
				+ "(SELECT COALESCE(SUM(f.rows_read), 0) FROM run_file f WHERE f.run_id = r.run_id), r.started_at "
				+ "FROM import_run r ORDER BY r.run_id",
				(rs, n) -> new Source(rs.getLong(1), Figures.text(rs.getString(2)), rs.getString(3), rs.getBoolean(4),
						rs.getLong(5),
						rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toLocalDateTime().toLocalDate()));
	}

	// ---- ratings

	/** Current ratings per half-star, index 1..10 (index 0 unused). */
	long[] ratingHistogram() {
		long[] counts = new long[11];
		jdbc.query("SELECT r.half_stars, COUNT(*) FROM current_rating r WHERE r.state = 'LIVE' "
				+ "GROUP BY r.half_stars ORDER BY r.half_stars", (RowCallbackHandler) rs -> {
					int halfStars = rs.getInt(1);
					if (halfStars >= 1 && halfStars <= 10) {
						counts[halfStars] = rs.getLong(2);
					}
				});
		return counts;
	}

	/** A film with one account's rating of it and the date of that rating. */
	record RatedFilm(FilmRef film, String account, int halfStars, LocalDate date) {
	}

	/** The highest current ratings, newest rating first within a rating. */
	List<RatedFilm> highestRated(int limit) {
		return jdbc.query(
				"SELECT " + FILM + ", r.account, r.half_stars, r.rated_date FROM current_rating r "
						+ "JOIN film f ON f.film_key = r.film_key WHERE r.state = 'LIVE' "
						+ "ORDER BY r.half_stars DESC, r.rated_date DESC NULLS LAST, f.film_key, r.account FETCH FIRST "
						+ limit + " ROWS ONLY",
				(rs, n) -> new RatedFilm(film(rs), rs.getString(4), rs.getInt(5), date(rs, 6)));
	}

	long ratedAtLeast(int halfStars) {
		return count("SELECT COUNT(*) FROM current_rating r WHERE r.state = 'LIVE' AND r.half_stars >= " + halfStars);
	}

	// ---- activity

	/**
	 * One calendar day with viewings: how many, how many rewatches, how many rated and
	 * their half-star sum.
	 */
	record Day(LocalDate date, long viewings, long rewatches, long rated, long halfStarSum) {
	}

	/** Every day with a viewing, in date order. */
	List<Day> days() {
		return jdbc.query(
				"SELECT v.watched_date, COUNT(*), SUM(CASE WHEN v.rewatch THEN 1 ELSE 0 END), "
						+ "COUNT(v.half_stars), COALESCE(SUM(v.half_stars), 0) FROM viewing v WHERE " + VIEWED
						+ " AND v.watched_date IS NOT NULL GROUP BY v.watched_date ORDER BY v.watched_date",
				(rs, n) -> new Day(date(rs, 1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
	}

	/** Viewings the report counts, dated or not. */
	long viewings() {
		return count("SELECT COUNT(*) FROM viewing v WHERE " + VIEWED);
	}

	long rewatchViewings() {
		return count("SELECT COUNT(*) FROM viewing v WHERE " + VIEWED + " AND v.rewatch");
	}

	/** Reviews per year written (the logged date, else the watched date). */
	Map<Integer, Long> reviewsPerYear() {
		String year = "EXTRACT(YEAR FROM COALESCE(v.logged_date, v.watched_date))";
		return perYear("SELECT " + year + ", COUNT(*) FROM viewing v WHERE v.review_text IS NOT NULL AND v.state IN "
				+ LIVE_STATES + " AND COALESCE(v.logged_date, v.watched_date) IS NOT NULL GROUP BY " + year);
	}

	/**
	 * A film seen on a date; {@code rank} is its place in the list it came from (1
	 * first).
	 */
	record SeenFilm(int year, FilmRef film, LocalDate watched, Integer halfStars, int rank) {
	}

	// ---- decades

	/**
	 * Every watched film (a viewing, a watched mark or a current rating), each once, in
	 * film key order; sorted with bounded memory ({@link SortedRows}), repeats skipped.
	 * One pass gives the count, the decades and the oldest and newest films.
	 */
	void watchedFilms(Consumer<FilmRef> sink) {
		String[] last = { null };
		SortedRows.query(jdbc, watchedFilms(), List.of(Key.asc(0)), row -> {
			if (!row[0].equals(last[0])) {
				last[0] = (String) row[0];
				sink.accept(film(row));
			}
		});
	}

	/**
	 * Per release year: current ratings and their half-star sum ({@code [count, sum]}).
	 */
	Map<Integer, long[]> ratingsPerReleaseYear() {
		Map<Integer, long[]> perYear = new TreeMap<>();
		jdbc.query(
				"SELECT f.release_year, COUNT(*), SUM(r.half_stars) FROM current_rating r JOIN film f "
						+ "ON f.film_key = r.film_key WHERE r.state = 'LIVE' AND f.release_year IS NOT NULL "
						+ "GROUP BY f.release_year",
				(RowCallbackHandler) rs -> perYear.put(rs.getInt(1), new long[] { rs.getLong(2), rs.getLong(3) }));
		return perYear;
	}

	// ---- per film: rewatches, rating history, diary vs current

	/** One counted viewing of a film; the stream comes grouped by film and account. */
	record FilmViewing(FilmRef film, String account, LocalDate watched, Integer halfStars, boolean rewatch,
			LocalDate logged, String rowKey) {
	}

	/**
	 * Every counted viewing, grouped by film and account and in viewing order within a
	 * group (watched date, logged date, undated first); streamed, so a caller can fold
	 * each group as it ends. The film's title and year are on every row.
	 */
	void viewingsByFilm(Consumer<FilmViewing> sink) {
		SortedRows.query(jdbc,
				"SELECT " + FILM + ", v.account, v.watched_date, v.half_stars, v.rewatch, v.logged_date, v.row_key "
						+ "FROM viewing v JOIN film f ON f.film_key = v.film_key WHERE " + VIEWED,
				List.of(Key.asc(0), Key.asc(3), Key.asc(4), Key.asc(7), Key.asc(8)),
				row -> sink.accept(new FilmViewing(film(row), (String) row[3], (LocalDate) row[4], integer(row[5]),
						Boolean.TRUE.equals(row[6]), (LocalDate) row[7], (String) row[8])));
	}

	/** A current rating: its half-stars and date. */
	record Current(int halfStars, LocalDate date) {
	}

	/**
	 * Every live current rating by account and film key
	 * ({@code account + "\0" + film_key}).
	 */
	Map<String, Current> currentRatings() {
		Map<String, Current> ratings = new java.util.HashMap<>();
		jdbc.query(
				"SELECT r.account, r.film_key, r.half_stars, r.rated_date FROM current_rating r WHERE r.state = 'LIVE'",
				(RowCallbackHandler) rs -> ratings.put(rs.getString(1) + "\u0000" + rs.getString(2),
						new Current(rs.getInt(3), date(rs, 4))));
		return ratings;
	}

	/** One rating observation of a film. */
	record Observation(LocalDate date, int halfStars, String origin, String source, long line) {
	}

	/** A film whose first and latest rating observation differ. */
	record Change(FilmRef film, String account, Observation first, Observation latest, long events) {

		int delta() {
			return latest.halfStars() - first.halfStars();
		}
	}

	/** An observation with the film it belongs to. */
	record FilmObservation(FilmRef film, String account, Observation observation) {
	}

	/**
	 * Every live rating observation, grouped by film and account and in order within a
	 * group (by date, undated first; on one date a diary rating, then a review's, then
	 * the current rating); streamed.
	 */
	void ratingEvents(Consumer<FilmObservation> sink) {
		SortedRows.query(jdbc,
				"SELECT " + FILM + ", e.account, e.event_date, e.half_stars, e.origin, e.source, e.source_line, "
						+ ORIGIN_RANK + ", e.seq, e.row_key FROM rating_event e JOIN film f ON f.film_key = e.film_key "
						+ "WHERE e.state IN " + LIVE_STATES,
				List.of(Key.asc(0), Key.asc(3), Key.asc(4), Key.asc(9), Key.asc(10), Key.asc(7), Key.asc(8),
						Key.asc(11)),
				row -> sink.accept(new FilmObservation(film(row), (String) row[3],
						new Observation((LocalDate) row[4], ((Number) row[5]).intValue(), (String) row[6],
								(String) row[7], ((Number) row[8]).longValue()))));
	}

	/**
	 * Every observation of the given films (account + film key), in the order of
	 * {@code films} and in order within each; one pass over the events per 50 films.
	 */
	List<FilmObservation> observationsOf(List<PerFilmKey> films) {
		List<FilmObservation> all = new ArrayList<>();
		int slice = 50;
		for (int from = 0; from < films.size(); from += slice) {
			List<PerFilmKey> part = films.subList(from, Math.min(films.size(), from + slice));
			String which = String.join(" OR ", Collections.nCopies(part.size(), "(e.film_key = ? AND e.account = ?)"));
			Object[] args = part.stream().flatMap(k -> Stream.of(k.filmKey(), k.account())).toArray();
			all.addAll(jdbc.query(
					"SELECT " + FILM + ", e.account, e.event_date, e.half_stars, e.origin, e.source, "
							+ "e.source_line FROM rating_event e JOIN film f ON f.film_key = e.film_key WHERE (" + which
							+ ") AND e.state IN " + LIVE_STATES + " ORDER BY e.film_key, e.account, " + EVENT_ORDER,
					(rs, n) -> new FilmObservation(film(rs), rs.getString(4), new Observation(date(rs, 5), rs.getInt(6),
							rs.getString(7), rs.getString(8), rs.getLong(9))),
					args));
		}
		Map<PerFilmKey, List<FilmObservation>> byFilm = new HashMap<>();
		all.forEach(o -> byFilm.computeIfAbsent(new PerFilmKey(o.account(), o.film().filmKey()), k -> new ArrayList<>())
			.add(o));
		List<FilmObservation> ordered = new ArrayList<>();
		films.forEach(k -> ordered.addAll(byFilm.getOrDefault(k, List.of())));
		return ordered;
	}

	/** An account's film. */
	record PerFilmKey(String account, String filmKey) {
	}

	// ---- tags

	/**
	 * Viewings of one film carrying one joined tag string: uses, rated uses and their
	 * half-star sum.
	 */
	record TaggedFilm(String tags, String filmKey, long uses, long rated, long halfStarSum) {
	}

	void taggedFilms(Consumer<TaggedFilm> sink) {
		jdbc.query(
				"SELECT v.tags, v.film_key, COUNT(*), COUNT(v.half_stars), COALESCE(SUM(v.half_stars), 0) "
						+ "FROM viewing v WHERE " + VIEWED + " AND v.tags IS NOT NULL AND v.tags <> '' "
						+ "GROUP BY v.tags, v.film_key ORDER BY v.tags, v.film_key",
				(RowCallbackHandler) rs -> sink.accept(
						new TaggedFilm(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))));
	}

	// ---- reviews

	/** Every review's plain text, streamed (for word counts). */
	void reviewTexts(Consumer<String> sink) {
		jdbc.query("SELECT v.review_text FROM viewing v WHERE v.review_text IS NOT NULL AND v.state IN " + LIVE_STATES,
				(RowCallbackHandler) rs -> sink.accept(rs.getString(1)));
	}

	record Review(FilmRef film, String account, LocalDate watched, LocalDate logged, Integer halfStars, String text) {
	}

	/**
	 * The most recently logged reviews; the texts are read only for those (the sort
	 * carries keys, not texts).
	 */
	List<Review> recentReviews(int limit) {
		List<Long> ids = jdbc
			.queryForList("SELECT v.id FROM viewing v WHERE v.review_text IS NOT NULL AND " + "v.state IN "
					+ LIVE_STATES + " ORDER BY v.logged_date DESC NULLS LAST, v.watched_date DESC NULLS LAST, "
					+ "v.row_key FETCH FIRST " + limit + " ROWS ONLY", Long.class);
		List<Review> reviews = new ArrayList<>();
		for (Long id : ids) {
			reviews.addAll(jdbc.query(
					"SELECT " + FILM + ", v.account, v.watched_date, v.logged_date, v.half_stars, "
							+ "v.review_text FROM viewing v JOIN film f ON f.film_key = v.film_key WHERE v.id = ?",
					(rs, n) -> new Review(film(rs), rs.getString(4), date(rs, 5), date(rs, 6), integer(rs, 7),
							rs.getString(8)),
					id));
		}
		return reviews;
	}

	// ---- likes and lists

	long likedFilms() {
		return count("SELECT COUNT(*) FROM film_mark WHERE kind = 'LIKED_FILM' AND state = 'LIVE'");
	}

	/**
	 * Liked reviews ({@code /film/…/} or {@code /review/}) and lists, by the shape of the
	 * link.
	 */
	long likedLinks(boolean lists) {
		return count("SELECT COUNT(*) FROM link_like WHERE state = 'LIVE' AND target " + (lists ? "" : "NOT ")
				+ "LIKE '%/list/%'");
	}

	record LikedFilm(FilmRef film, LocalDate liked, Integer halfStars) {
	}

	/** The most recently liked films, with the account's current rating of each. */
	List<LikedFilm> recentlyLiked(int limit) {
		return jdbc.query("SELECT " + FILM + ", m.mark_date, r.half_stars FROM film_mark m JOIN film f "
				+ "ON f.film_key = m.film_key LEFT JOIN current_rating r ON r.film_key = m.film_key "
				+ "AND r.account = m.account AND r.state = 'LIVE' WHERE m.kind = 'LIKED_FILM' AND m.state = 'LIVE' "
				+ "ORDER BY m.mark_date DESC NULLS LAST, f.film_key, m.account FETCH FIRST " + limit + " ROWS ONLY",
				(rs, n) -> new LikedFilm(film(rs), date(rs, 4), integer(rs, 5)));
	}

	/**
	 * Liked films per current rating of them, index 0 = not rated, 1..10 = half-stars.
	 */
	long[] likedByRating() {
		long[] counts = new long[11];
		jdbc.query(
				"SELECT r.half_stars, COUNT(*) FROM film_mark m LEFT JOIN current_rating r ON r.film_key = m.film_key "
						+ "AND r.account = m.account AND r.state = 'LIVE' WHERE m.kind = 'LIKED_FILM' AND m.state = 'LIVE' "
						+ "GROUP BY r.half_stars",
				(RowCallbackHandler) rs -> {
					Integer halfStars = integer(rs, 1);
					int index = halfStars == null ? 0 : halfStars;
					if (index >= 0 && index <= 10) {
						counts[index] += rs.getLong(2);
					}
				});
		return counts;
	}

	record FilmList(String name, String account, LocalDate created, long films, String description) {
	}

	long lists() {
		return count("SELECT COUNT(*) FROM film_list WHERE state = 'LIVE'");
	}

	/** Lists, newest first, with their number of live entries. */
	List<FilmList> lists(int limit) {
		return jdbc.query("SELECT l.name, l.account, l.list_date, (SELECT COUNT(*) FROM list_entry e WHERE "
				+ "e.list_key = l.row_key AND e.state = 'LIVE'), l.description FROM film_list l WHERE l.state = 'LIVE' "
				+ "ORDER BY l.list_date DESC NULLS LAST, l.name, l.row_key FETCH FIRST " + limit + " ROWS ONLY",
				(rs, n) -> new FilmList(rs.getString(1), rs.getString(2), date(rs, 3), rs.getLong(4),
						Figures.text(rs.getString(5))));
	}

	// ---- data quality

	/**
	 * Rejects of each account's latest run, per file and reason:
	 * {@code [file, reason, count]}.
	 */
	void latestRejects(RowCallbackHandler handler) {
		jdbc.query("SELECT source, reason, COUNT(*) FROM reject WHERE run_id IN (SELECT MAX(run_id) FROM import_run "
				+ "GROUP BY account) GROUP BY source, reason ORDER BY source, reason", handler);
	}

	Long latestRun() {
		return jdbc.queryForObject("SELECT MAX(run_id) FROM import_run", Long.class);
	}

	// ---- helpers

	/**
	 * Every watched film (counted viewing, watched mark, live current rating) once per
	 * mention (UNION ALL: a UNION's duplicate removal is a database sort; the caller
	 * skips repeats after sorting).
	 */
	private static String watchedFilms() {
		return "SELECT " + FILM + " FROM viewing v JOIN film f ON f.film_key = v.film_key WHERE " + VIEWED
				+ " UNION ALL SELECT " + FILM + " FROM film_mark m JOIN film f ON f.film_key = m.film_key "
				+ "WHERE m.kind = 'WATCHED' AND m.state = 'LIVE' UNION ALL SELECT " + FILM
				+ " FROM current_rating r JOIN film f ON f.film_key = r.film_key WHERE r.state = 'LIVE'";
	}

	private Map<Integer, Long> perYear(String sql) {
		Map<Integer, Long> perYear = new TreeMap<>();
		jdbc.query(sql, (RowCallbackHandler) rs -> perYear.put(rs.getInt(1), rs.getLong(2)));
		return perYear;
	}

	private long count(String sql) {
		Long count = jdbc.queryForObject(sql, Long.class);
		return count == null ? 0 : count;
	}

	private static FilmRef film(ResultSet rs) throws SQLException {
		return film(rs, 1);
	}

	private static FilmRef film(ResultSet rs, int from) throws SQLException {
		return new FilmRef(rs.getString(from), rs.getString(from + 1), integer(rs, from + 2));
	}

	private static FilmRef film(Object[] row) {
		return new FilmRef((String) row[0], (String) row[1], integer(row[2]));
	}

	private static Integer integer(Object value) {
		return value == null ? null : ((Number) value).intValue();
	}

	private static Integer integer(ResultSet rs, int column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

}
