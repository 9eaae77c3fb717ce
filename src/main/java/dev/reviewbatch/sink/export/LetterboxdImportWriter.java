package dev.reviewbatch.sink.export;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.reviewbatch.domain.StarRating;

/**
 * Writes the store as CSV files in Letterboxd's import format ({@link #HEADER}): one row
 * per viewing (diary entries and dated reviews, live or orphaned; rewatches kept), then
 * one row per live current rating of a film that has no such viewing. Files are
 * {@code letterboxd-import-001.csv}, {@code -002}, …, each under {@link #MAX_BYTES}
 * bytes; a record is never split.
 * <p>
 * Cells: {@code LetterboxdURI} is the film's URI when the store knows it, never a
 * viewing's; {@code Rating} is {@code 0.5}–{@code 5.0} and {@code Rating10}
 * {@code 1}–{@code 10}; {@code WatchedDate} is ISO; {@code Rewatch} is
 * {@code true}/{@code false} (blank on rating-only rows); {@code Tags} are joined with
 * {@code ", "}; {@code Review} is the review HTML as the Letterboxd export held it.
 * <p>
 * Spreadsheet safety: {@code Title}, {@code Tags} and {@code Review} are written
 * verbatim, because Letterboxd reads them as data: a guarded title {@code '+1} would
 * match no film, a guarded tag {@code '@ theatre} would be a new tag, a guarded review
 * would publish the apostrophe. The other cells are guarded ({@link SpreadsheetSafety}),
 * which never changes a valid value. Open these files in a spreadsheet with care; use
 * {@code export --format csv} for spreadsheets.
 * <p>
 * Streams rows; memory does not grow with the store. Not thread-safe.
 */
public class LetterboxdImportWriter {

	public static final List<String> HEADER = List.of("LetterboxdURI", "tmdbID", "imdbID", "Title", "Year", "Directors",
			"Rating", "Rating10", "WatchedDate", "Rewatch", "Tags", "Review");

	/**
	 * Letterboxd's importer takes files up to 1 MB; every file written stays below this
	 * many bytes.
	 */
	public static final long MAX_BYTES = 1_000_000;

	static final String FILE_PREFIX = "letterboxd-import";

	private static final String SHOWN_VIEWING = "(v.in_diary OR v.watched_date IS NOT NULL) "
			+ "AND v.state IN ('LIVE', 'ORPHANED')";

	private static final String VIEWINGS = "SELECT f.letterboxd_uri, f.title, f.release_year, v.half_stars, "
			+ "v.watched_date, v.rewatch, v.tags, v.review_raw FROM viewing v JOIN film f ON f.film_key = v.film_key "
			+ "WHERE " + SHOWN_VIEWING + " ORDER BY v.watched_date NULLS FIRST, v.logged_date NULLS FIRST, v.row_key";

	private static final String RATED_WITHOUT_VIEWING = "SELECT f.letterboxd_uri, f.title, f.release_year, "
			+ "r.half_stars FROM current_rating r JOIN film f ON f.film_key = r.film_key WHERE r.state = 'LIVE' "
			+ "AND (r.film_key, r.account) NOT IN (SELECT v.film_key, v.account FROM viewing v WHERE " + SHOWN_VIEWING
			+ ") ORDER BY r.film_key, r.account";

	/** What one export wrote. */
	public record Result(List<Path> files, long viewingRows, long ratingRows, int oversizedRecords) {

		public Result {
			files = List.copyOf(files);
		}
	}

	private final JdbcTemplate jdbc;

	private final long maxBytes;

	public LetterboxdImportWriter(JdbcTemplate jdbc) {
		this(jdbc, MAX_BYTES);
	}

	/**
	 * @param maxBytes every file stays below this size (tests use a small one)
	 */
	public LetterboxdImportWriter(JdbcTemplate jdbc, long maxBytes) {
		this.jdbc = new JdbcTemplate(jdbc.getDataSource());
		this.jdbc.setFetchSize(1000);
		this.maxBytes = maxBytes;
	}

	/**
	 * Writes the numbered files into {@code folder}, replacing those of an earlier export
	 * there.
	 */
	public Result write(Path folder) {
		long[] rows = new long[2];
		try (NumberedCsvFiles files = new NumberedCsvFiles(folder, FILE_PREFIX, HEADER, maxBytes)) {
			jdbc.query(VIEWINGS, rs -> {
				files.write(viewingRow(rs));
				rows[0]++;
			});
			jdbc.query(RATED_WITHOUT_VIEWING, rs -> {
				files.write(ratingRow(rs));
				rows[1]++;
			});
			files.close();
			return new Result(files.files(), rows[0], rows[1], files.oversized());
		}
	}

	private static List<String> viewingRow(ResultSet rs) throws SQLException {
		Date watched = rs.getDate(5);
		return row(rs, watched == null ? null : watched.toLocalDate().toString(), Boolean.toString(rs.getBoolean(6)),
				rs.getString(7), rs.getString(8));
	}

	private static List<String> ratingRow(ResultSet rs) throws SQLException {
		return row(rs, null, null, null, null);
	}

	/**
	 * The first four columns of both queries are film URI, title, year and half-stars.
	 */
	private static List<String> row(ResultSet rs, String watchedDate, String rewatch, String tags, String review)
			throws SQLException {
		int halfStars = rs.getInt(4);
		StarRating rating = rs.wasNull() ? null : StarRating.ofHalfStars(halfStars);
		int year = rs.getInt(3);
		String releaseYear = rs.wasNull() ? null : Integer.toString(year);
		List<String> cells = new ArrayList<>(HEADER.size());
		cells.add(guard(rs.getString(1)));
		cells.add(null);
		cells.add(null);
		cells.add(rs.getString(2));
		cells.add(releaseYear);
		cells.add(null);
		cells.add(rating == null ? null : rating.stars());
		cells.add(rating == null ? null : Integer.toString(rating.outOfTen()));
		cells.add(watchedDate);
		cells.add(rewatch);
		cells.add(tags == null || tags.isEmpty() ? null : tags);
		cells.add(review);
		return cells;
	}

	private static String guard(String cell) {
		return SpreadsheetSafety.guard(cell);
	}

}
