package dev.reviewbatch.source.csvformats;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

/**
 * Reads one IMDb "Your Ratings" export ({@code ratings.csv}, {@code FORMATS.md} §3.1) as
 * {@link SourceKind#RATING} rows in the Letterboxd export's vocabulary: {@code Date} =
 * {@code Date Rated}, {@code Name} = {@code Title} ({@code Original Title} when the title
 * is blank), {@code Year}, {@code Rating} = {@code Your Rating} 1–10 as stars ({@code 7}
 * → {@code 3.5}); {@code imdbID} = {@code Const} and {@code Original Title} ride along.
 * Both header versions (with and without {@code Original Title}) are read by column name.
 * <p>
 * Skipped titles: an episode ({@code tvEpisode}, {@code TV Episode}, {@code Episodio TV},
 * …; see {@link ImdbTitleType}) or a video game still yields one row, an unreadable one
 * whose problem is {@value #EPISODE_SKIPPED} (or {@value #VIDEO_GAME_SKIPPED}); the
 * import lands it in the rejects with that reason, so the run's counts reconcile and the
 * rejects file counts the skipped episodes. {@link #skippedEpisodes()} counts them for
 * this reader's lifetime too. A rating that is not 1–10 is an unreadable row with the
 * reason. Encoding: detected, UTF-8 or Windows-1252.
 * <p>
 * Dates: {@code Date Rated} is ISO as IMDb writes it, or {@code M/D/YYYY} /
 * {@code D/M/YYYY} after a spreadsheet re-saved the file; the order is decided once per
 * file from all its dates ({@link SpreadsheetDates}), and a file whose order cannot be
 * settled is refused as a whole with that reason.
 * <p>
 * Reads from the start, as every {@link CsvFileReader}. Not thread-safe.
 */
public class ImdbRatingsReader extends CsvFileReader {

	/** The problem of a row that is an episode. */
	public static final String EPISODE_SKIPPED = "IMDb episode, skipped";

	/** The problem of a row that is a video game. */
	public static final String VIDEO_GAME_SKIPPED = "IMDb video game, not a film: skipped";

	static final List<String> REQUIRED = List.of("Const", "Your Rating", "Date Rated", "Title", "Title Type");

	static final String DATE_COLUMN = "Date Rated";

	private long skippedEpisodes;

	public ImdbRatingsReader(Path file) {
		super(file, SourceKind.RATING, ImdbRatingsReader::headerProblem, DATE_COLUMN);
	}

	/** True when the file's header is an IMDb ratings header (either version). */
	public static boolean recognises(Path csv) {
		return recognises(csv, ImdbRatingsReader::headerProblem);
	}

	/** Episodes this reader has read, and skipped as titles, since it was made. */
	public long skippedEpisodes() {
		return skippedEpisodes;
	}

	private static String headerProblem(List<String> header) {
		for (String column : REQUIRED) {
			if (header.stream().noneMatch(column::equalsIgnoreCase)) {
				return "not an IMDb ratings export: no \"" + column + "\" column";
			}
		}
		return null;
	}

	@Override
	RawRow toRow(CsvRecords records, CSVRecord record, long line, String raw) {
		ImdbTitleType type = ImdbTitleType.of(records.get(record, "Title Type"));
		if (type != ImdbTitleType.TITLE) {
			skippedEpisodes += type == ImdbTitleType.EPISODE ? 1 : 0;
			return unreadable(line, raw, type == ImdbTitleType.EPISODE ? EPISODE_SKIPPED : VIDEO_GAME_SKIPPED);
		}
		String dateProblem = dates().problem(records.get(record, DATE_COLUMN));
		if (dateProblem != null) {
			return unreadable(line, raw, DATE_COLUMN + " " + dateProblem);
		}
		String yourRating = records.get(record, "Your Rating");
		String stars;
		try {
			stars = TenPointScale.toStars(yourRating);
		}
		catch (IllegalArgumentException ex) {
			return unreadable(line, raw, "Your Rating \"" + yourRating + "\": " + ex.getMessage());
		}
		return new RawRow(SourceKind.RATING, EntryState.LIVE, "", provenance(line), fields(records, record, stars),
				raw);
	}

	private Map<Field, String> fields(CsvRecords records, CSVRecord record, String stars) {
		String title = records.get(record, "Title");
		String originalTitle = records.get(record, "Original Title");
		Map<Field, String> fields = new EnumMap<>(Field.class);
		fields.put(Field.DATE, dates().toIso(records.get(record, DATE_COLUMN)));
		fields.put(Field.NAME, title.isEmpty() ? originalTitle : title);
		fields.put(Field.YEAR, records.get(record, "Year"));
		fields.put(Field.LETTERBOXD_URI, "");
		fields.put(Field.RATING, stars);
		fields.put(Field.IMDB_ID, records.get(record, "Const"));
		fields.put(Field.ORIGINAL_TITLE, originalTitle);
		return fields;
	}

}
