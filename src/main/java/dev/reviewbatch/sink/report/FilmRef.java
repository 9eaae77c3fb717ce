package dev.reviewbatch.sink.report;

/**
 * A film as the report names it: its store key, title and release year (null when
 * unknown). Immutable.
 */
record FilmRef(String filmKey, String title, Integer year) {

	/** {@code Title (1999)}, or the bare title when the year is unknown. */
	String label() {
		return year == null ? title : title + " (" + year + ")";
	}

	String yearText() {
		return year == null ? "" : year.toString();
	}
}
