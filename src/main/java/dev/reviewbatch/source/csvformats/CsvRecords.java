package dev.reviewbatch.source.csvformats;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of one CSV file whose first record is its header, with the encoding
 * detected ({@link TextEncoding}) and a leading byte-order mark dropped. Columns are
 * looked up by name, ignoring case and surrounding spaces, so column order does not
 * matter. Blank lines are skipped.
 * <p>
 * Errors: malformed CSV (an unterminated quote) surfaces as {@link UncheckedIOException}
 * from {@link #next()}. Not thread-safe; close it to release the file.
 */
final class CsvRecords implements Closeable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	private static final CSVFormat RAW_FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("").get();

	/** One record and the line it starts on (1-based). */
	record Line(CSVRecord record, long number) {
	}

	private final Charset charset;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final List<String> header;

	private CsvRecords(Path file) throws IOException {
		this.charset = TextEncoding.detect(file);
		Reader reader = Files.newBufferedReader(file, charset);
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		this.parser = FORMAT.parse(reader);
		this.records = parser.iterator();
		this.header = records.hasNext() ? clean(records.next().values()) : List.of();
	}

	static CsvRecords open(Path file) throws IOException {
		return new CsvRecords(file);
	}

	/**
	 * The header of {@code file} as {@link #header()} gives it; empty for an empty file.
	 */
	static List<String> headerOf(Path file) throws IOException {
		try (CsvRecords records = open(file)) {
			return records.header();
		}
	}

	/** Column names as written, stripped; an empty list for an empty file. */
	List<String> header() {
		return header;
	}

	Charset charset() {
		return charset;
	}

	/** The index of the named column, or -1 when the header lacks it. */
	int indexOf(String column) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).equalsIgnoreCase(column)) {
				return i;
			}
		}
		return -1;
	}

	/** True when the header has the named column. */
	boolean has(String column) {
		return indexOf(column) >= 0;
	}

	/**
	 * The named cell of {@code record}, stripped; {@code ""} when the column or the cell
	 * is absent.
	 */
	String get(CSVRecord record, String column) {
		int index = indexOf(column);
		return index < 0 || index >= record.size() ? "" : record.get(index).strip();
	}

	/** The line the next record starts on (blank lines before it aside). */
	long position() {
		return parser.getCurrentLineNumber() + 1;
	}

	/** The next record, or {@code null} at the end. */
	Line next() {
		long line = position();
		if (!records.hasNext()) {
			return null;
		}
		return new Line(records.next(), line);
	}

	/** The record as one line of CSV text, for the rejects file. */
	static String raw(CSVRecord record) {
		StringBuilder text = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(text, RAW_FORMAT)) {
			printer.printRecord((Object[]) record.values());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}

	private static List<String> clean(String[] names) {
		List<String> cleaned = new ArrayList<>(names.length);
		for (String name : names) {
			cleaned.add(name.strip());
		}
		return List.copyOf(cleaned);
	}

}
