package dev.reviewbatch.sink.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The store's live rows that the report's sections are computed from, read once with portable SQL (H2 2.x and
 * PostgreSQL 15: no vendor functions). Which rows count follows the clean files: viewings are diary entries or
 * entries with a watched date, LIVE or ORPHANED; reviews and rating events LIVE or ORPHANED; current ratings and
 * marks LIVE. Every list is in a stable order. Immutable.
 */
record ReportRows(List<ViewingRow> viewings, List<ReviewRow> reviews, List<RatedFilm> currentRatings,
		List<RatingEvent> events, List<FilmRef> watchedFilms) {

	static final String LIVE_STATES = "('LIVE', 'ORPHANED')";

	private static final String FILM = "f.film_key, f.title, f.release_year";

	private static final String VIEWINGS = "SELECT " + FILM + ", v.account, v.watched_date, v.logged_date, "
			+ "v.half_stars, v.rewatch, v.tags, v.row_key FROM viewing v JOIN film f ON f.film_key = v.film_key "
			+ "WHERE (v.in_diary OR v.watched_date IS NOT NULL) AND v.state IN " + LIVE_STATES
			+ " ORDER BY v.account, v.film_key, v.watched_date NULLS FIRST, v.logged_date NULLS FIRST, v.row_key";

	private static final String REVIEWS = "SELECT " + FILM + ", v.account, v.watched_date, v.logged_date, "
			+ "v.half_stars, v.review_text, v.row_key FROM viewing v JOIN film f ON f.film_key = v.film_key "
			+ "WHERE v.review_text IS NOT NULL AND v.state IN " + LIVE_STATES
			+ " ORDER BY v.logged_date DESC NULLS LAST, v.watched_date DESC NULLS LAST, v.row_key";

	private static final String CURRENT_RATINGS = "SELECT " + FILM + ", r.account, r.half_stars, r.rated_date "
			+ "FROM current_rating r JOIN film f ON f.film_key = r.film_key WHERE r.state = 'LIVE' "
			+ "ORDER BY r.film_key, r.account";

	/** On one date a diary rating comes first, then a review's, then the current rating. */
	private static final String EVENTS = "SELECT " + FILM + ", e.account, e.event_date, e.half_stars, e.origin, "
			+ "e.source, e.source_line FROM rating_event e JOIN film f ON f.film_key = e.film_key "
			+ "WHERE e.state IN " + LIVE_STATES + " ORDER BY e.account, e.film_key, e.event_date NULLS FIRST, "
			+ "CASE e.origin WHEN 'diary' THEN 0 WHEN 'review' THEN 1 ELSE 2 END, e.source, e.source_line, e.row_key";

	private static final String WATCHED_FILMS = "SELECT " + FILM + " FROM film f WHERE f.film_key IN "
			+ "(SELECT v.film_key FROM viewing v WHERE (v.in_diary OR v.watched_date IS NOT NULL) AND v.state IN "
			+ LIVE_STATES + ") OR f.film_key IN (SELECT m.film_key FROM film_mark m WHERE m.kind = 'WATCHED' "
			+ "AND m.state = 'LIVE') OR f.film_key IN (SELECT r.film_key FROM current_rating r WHERE r.state = 'LIVE') "
			+ "ORDER BY f.film_key";

	/** One viewing; {@code tags} in the user's order. */
	record ViewingRow(FilmRef film, String account, LocalDate watched, LocalDate logged, Integer halfStars,
			boolean rewatch, List<String> tags, String rowKey) {

		ViewingRow {
			tags = List.copyOf(tags);
		}
	}

	record ReviewRow(FilmRef film, String account, LocalDate watched, LocalDate logged, Integer halfStars,
			String text, String rowKey) {
	}

	record RatedFilm(FilmRef film, String account, int halfStars, LocalDate rated) {
	}

	/** One rating observation; {@code origin} is diary, review or ratings. */
	record RatingEvent(FilmRef film, String account, LocalDate date, int halfStars, String origin, String source,
			long line) {

		String from() {
			return origin + " " + source + ":" + line;
		}
	}

	ReportRows {
		viewings = List.copyOf(viewings);
		reviews = List.copyOf(reviews);
		currentRatings = List.copyOf(currentRatings);
		events = List.copyOf(events);
		watchedFilms = List.copyOf(watchedFilms);
	}

	static ReportRows read(JdbcTemplate jdbc) {
		return new ReportRows(jdbc.query(VIEWINGS, (rs, n) -> new ViewingRow(film(rs), rs.getString(4),
				date(rs, 5), date(rs, 6), integer(rs, 7), rs.getBoolean(8), tags(rs.getString(9)), rs.getString(10))),
				jdbc.query(REVIEWS, (rs, n) -> new ReviewRow(film(rs), rs.getString(4), date(rs, 5), date(rs, 6),
						integer(rs, 7), rs.getString(8), rs.getString(9))),
				jdbc.query(CURRENT_RATINGS,
						(rs, n) -> new RatedFilm(film(rs), rs.getString(4), rs.getInt(5), date(rs, 6))),
				jdbc.query(EVENTS, (rs, n) -> new RatingEvent(film(rs), rs.getString(4), date(rs, 5), rs.getInt(6),
						rs.getString(7), rs.getString(8), rs.getLong(9))),
				jdbc.query(WATCHED_FILMS, (rs, n) -> film(rs)));
	}

	private static FilmRef film(ResultSet rs) throws SQLException {
		return new FilmRef(rs.getString(1), rs.getString(2), integer(rs, 3));
	}

	private static Integer integer(ResultSet rs, int column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	/** Stored tags are joined with ", "; a tag never holds a comma. */
	static List<String> tags(String joined) {
		if (joined == null || joined.isBlank()) {
			return List.of();
		}
		return Arrays.stream(joined.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
	}
}
