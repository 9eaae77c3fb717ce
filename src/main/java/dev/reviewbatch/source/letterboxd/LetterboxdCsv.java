package dev.reviewbatch.source.letterboxd;

import org.apache.commons.csv.CSVFormat;

/**
 * The CSV dialect of Letterboxd's export: RFC 4180, CRLF or LF, quotes only where needed.
 * Immutable constants.
 */
final class LetterboxdCsv {

	/** For ordinary files: blank lines (a trailing one) carry nothing. */
	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	/** For list files, where the empty line between the two tables is meaningful. */
	static final CSVFormat LIST_FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	/** For writing a record back as text, e.g. for the rejects file. */
	static final CSVFormat RAW_FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("").get();

	private LetterboxdCsv() {
	}

}
