package dev.reviewbatch.source.csvformats;

import java.util.List;

/**
 * The column names of Letterboxd's import format ({@code FORMATS.md} §2), as constants.
 */
final class LetterboxdImportColumns {

	static final String URI = "LetterboxdURI";

	static final String TMDB = "tmdbID";

	static final String IMDB = "imdbID";

	static final String TITLE = "Title";

	static final String YEAR = "Year";

	static final String DIRECTORS = "Directors";

	static final String RATING = "Rating";

	static final String RATING10 = "Rating10";

	static final String WATCHED_DATE = "WatchedDate";

	static final String REWATCH = "Rewatch";

	static final String TAGS = "Tags";

	static final String REVIEW = "Review";

	/** Every column the importer knows, in the order exporters write them. */
	static final List<String> ALL = List.of(URI, TMDB, IMDB, TITLE, YEAR, DIRECTORS, RATING, RATING10, WATCHED_DATE,
			REWATCH, TAGS, REVIEW);

	/** A file needs at least one of these to name its films. */
	static final List<String> IDENTIFYING = List.of(TITLE, URI, IMDB, TMDB);

	private LetterboxdImportColumns() {
	}

	/**
	 * The known column {@code name} means, ignoring case and spaces around it;
	 * {@code null} for an unknown one.
	 */
	static String known(String name) {
		for (String column : ALL) {
			if (column.equalsIgnoreCase(name.strip())) {
				return column;
			}
		}
		return null;
	}

	/**
	 * Why {@code header} is not an import-format header (an unknown column, or none that
	 * names a film), or {@code null} when it is one.
	 */
	static String headerProblem(List<String> header) {
		if (header.isEmpty()) {
			return "empty file";
		}
		for (String name : header) {
			if (known(name) == null) {
				return "column \"" + name + "\" is not one of Letterboxd's import columns " + String.join(",", ALL);
			}
		}
		boolean identifying = header.stream().anyMatch(name -> IDENTIFYING.stream().anyMatch(name::equalsIgnoreCase));
		return identifying ? null : "no column names the films: needs one of " + String.join(", ", IDENTIFYING);
	}

}
