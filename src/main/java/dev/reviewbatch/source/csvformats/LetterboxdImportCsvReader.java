package dev.reviewbatch.source.csvformats;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

import static dev.reviewbatch.source.csvformats.LetterboxdImportColumns.*;

/**
 * Reads one CSV file in Letterboxd's import format, as written by other tools (and by our
 * own {@code export --format letterboxd}), as raw rows in the export's vocabulary.
 * Columns are found by name (case and order do not matter); any subset of the import
 * columns works if one of them names the film.
 * <p>
 * One record, one row: with a {@code WatchedDate} a {@link SourceKind#DIARY} row; else
 * with a {@code Review} a {@link SourceKind#REVIEW} row; else with a rating a
 * {@link SourceKind#RATING} row; else a {@link SourceKind#WATCHED} row (Letterboxd's
 * importer marks such films watched). {@code Rating} is passed on as written;
 * {@code Rating10} (used only when {@code Rating} is blank) becomes stars ({@code 8} →
 * {@code 4.0}). {@code LetterboxdURI} is a film link, so it fills {@code Letterboxd URI}
 * only on rating and watched rows; a viewing's {@code Letterboxd URI} is its identity in
 * the store, and rewatches of one film must not collapse into one. The import columns
 * {@code LetterboxdURI}, {@code imdbID}, {@code tmdbID} and {@code Directors} ride along
 * under their own names (the normalizer ignores them today). There is no logged date and
 * no account.
 * <p>
 * A record whose {@code Rating10} is not 1–10, or whose field count differs from the
 * header's, becomes an unreadable row with the reason; a file whose header is not an
 * import header is refused as a whole (one unreadable row). Encoding: UTF-8, or
 * Windows-1252 when the file is not valid UTF-8.
 * <p>
 * Dates: {@code WatchedDate} is ISO, or {@code M/D/YYYY} / {@code D/M/YYYY} after a
 * spreadsheet re-saved the file; the order is decided once per file from all its dates
 * ({@link SpreadsheetDates}), and a file whose order cannot be settled is refused as a
 * whole with that reason.
 * <p>
 * Reads from the start, as every {@link CsvFileReader}. Not thread-safe.
 */
public class LetterboxdImportCsvReader extends CsvFileReader {

	public LetterboxdImportCsvReader(Path file) {
		super(file, SourceKind.DIARY, LetterboxdImportColumns::headerProblem, WATCHED_DATE);
	}

	/** True when the file's header is an import-format header (see the class comment). */
	public static boolean recognises(Path csv) {
		return recognises(csv, LetterboxdImportColumns::headerProblem);
	}

	@Override
	RawRow toRow(CsvRecords records, CSVRecord record, long line, String raw) {
		String rating = records.get(record, RATING);
		String rating10 = records.get(record, RATING10);
		if (rating.isEmpty() && !rating10.isEmpty()) {
			try {
				rating = TenPointScale.toStars(rating10);
			}
			catch (IllegalArgumentException ex) {
				return unreadable(line, raw, "Rating10 \"" + rating10 + "\": " + ex.getMessage());
			}
		}
		String dateProblem = dates().problem(records.get(record, WATCHED_DATE));
		if (dateProblem != null) {
			return unreadable(line, raw, WATCHED_DATE + " " + dateProblem);
		}
		SourceKind kind = kindOf(records.get(record, WATCHED_DATE), records.get(record, REVIEW), rating);
		return new RawRow(kind, EntryState.LIVE, "", provenance(line), fields(records, record, kind, rating), raw);
	}

	private static SourceKind kindOf(String watchedDate, String review, String rating) {
		if (!watchedDate.isEmpty()) {
			return SourceKind.DIARY;
		}
		if (!review.isEmpty()) {
			return SourceKind.REVIEW;
		}
		return rating.isEmpty() ? SourceKind.WATCHED : SourceKind.RATING;
	}

	private Map<Field, String> fields(CsvRecords records, CSVRecord record, SourceKind kind, String rating) {
		boolean filmLink = kind == SourceKind.RATING || kind == SourceKind.WATCHED;
		Map<Field, String> fields = new EnumMap<>(Field.class);
		fields.put(Field.DATE, "");
		fields.put(Field.NAME, records.get(record, TITLE));
		fields.put(Field.YEAR, records.get(record, YEAR));
		fields.put(Field.LETTERBOXD_URI, filmLink ? records.get(record, URI) : "");
		fields.put(Field.RATING, rating);
		fields.put(Field.REWATCH, records.get(record, REWATCH));
		fields.put(Field.TAGS, records.get(record, TAGS));
		fields.put(Field.WATCHED_DATE, dates().toIso(records.get(record, WATCHED_DATE)));
		fields.put(Field.REVIEW, reviewOf(records, record));
		fields.put(Field.IMPORT_LETTERBOXD_URI, records.get(record, URI));
		fields.put(Field.IMDB_ID, records.get(record, IMDB));
		fields.put(Field.IMPORT_TMDB_ID, records.get(record, TMDB));
		fields.put(Field.DIRECTORS, records.get(record, DIRECTORS));
		return fields;
	}

	/**
	 * The review as written: not stripped, since leading and trailing lines are part of
	 * the text.
	 */
	private static String reviewOf(CsvRecords records, CSVRecord record) {
		int index = records.indexOf(REVIEW);
		return index < 0 ? "" : record.get(index);
	}

}
