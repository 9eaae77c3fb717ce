package dev.reviewbatch.source.letterboxd;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

/**
 * The rows of one export file whose header has already been checked ({@link FileCheck}),
 * as {@link RawRow}s whose fields are the file's columns ({@link Field#ofColumn}). A
 * record with the wrong number of fields becomes an unreadable row. List files yield
 * their metadata row ({@link SourceKind#LIST}), then their entries
 * ({@link SourceKind#LIST_ENTRY}, carrying {@code List URL} and {@code List Name} of
 * their list). profile.csv rows keep only the username and the join date: the e-mail
 * address and names never leave this class.
 * <p>
 * Not thread-safe; close it to release the stream.
 */
final class ExportFileRows implements Iterator<RawRow>, Closeable {

	private static final Set<Field> PROFILE_KEPT = Set.of(Field.DATE_JOINED, Field.USERNAME);

	private final ExportEntry entry;

	private final String account;

	private final ExportText text;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private List<String> columns;

	private SourceKind kind;

	private Map<Field, String> currentList = Map.of();

	private RawRow next;

	/** Reused for every row's {@link #raw} text. */
	private final StringBuilder rawText = new StringBuilder();

	private final CSVPrinter rawPrinter;

	private boolean broken;

	/** The line the record being read starts on. */
	private long start = 1;

	/** How much of an unreadable record the reject shows. */
	private static final int RAW_CAP = 500;

	ExportFileRows(ExportEntry entry, String account, InputStream in) throws IOException {
		this.entry = entry;
		this.account = account;
		this.text = new ExportText(in);
		boolean list = entry.file() == ExportFile.LIST;
		this.parser = (list ? LetterboxdCsv.LIST_FORMAT : LetterboxdCsv.FORMAT).parse(text);
		this.records = parser.iterator();
		this.rawPrinter = new CSVPrinter(rawText, LetterboxdCsv.RAW_FORMAT);
		this.columns = entry.file().columns();
		this.kind = entry.file().kind();
		skipHeader(list);
	}

	@Override
	public boolean hasNext() {
		if (next == null) {
			next = advance();
		}
		return next != null;
	}

	@Override
	public RawRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException(entry.path() + ": no more rows");
		}
		RawRow row = next;
		next = null;
		return row;
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}

	private void skipHeader(boolean list) {
		int headerLines = list ? 2 : 1;
		for (int i = 0; i < headerLines && records.hasNext(); i++) {
			records.next();
		}
	}

	private RawRow advance() {
		if (broken) {
			return null;
		}
		try {
			while (true) {
				long line = parser.getCurrentLineNumber() + 1;
				start = line;
				if (!records.hasNext()) {
					return null;
				}
				CSVRecord record = records.next();
				if (isBlank(record)) {
					continue;
				}
				if (kind != SourceKind.LIST_ENTRY && entry.file() == ExportFile.LIST
						&& ExportFile.LIST_ENTRIES_HEADER.equals(String.join(",", record.values()))) {
					kind = SourceKind.LIST_ENTRY;
					columns = List.of(ExportFile.LIST_ENTRIES_HEADER.split(","));
					continue;
				}
				return toRow(record, line, Math.max(line, parser.getCurrentLineNumber()));
			}
		}
		catch (UncheckedIOException ex) {
			broken = true;
			return RawRow.unreadable(kind, entry.state(), account, new Provenance.CsvLine(entry.path(), start),
					fromOpeningQuote(text.textFrom(start, 2 * RAW_CAP)),
					"unreadable CSV from here on: " + ex.getCause().getMessage());
		}
	}

	/**
	 * The text of a record the parser could not finish, from its first quote on, capped:
	 * the likely culprit.
	 */
	private static String fromOpeningQuote(String record) {
		int quote = record.indexOf('"');
		String from = quote < 0 ? record : record.substring(quote);
		return from.length() > RAW_CAP ? from.substring(0, RAW_CAP) + "…" : from;
	}

	private RawRow toRow(CSVRecord record, long line, long lastLine) {
		Provenance from = new Provenance.CsvLine(entry.path(), line);
		java.util.OptionalLong invalidByte = text.invalidByteIn(line, lastLine);
		if (invalidByte.isPresent()) {
			return RawRow.unreadable(kind, entry.state(), account, from, raw(record.values()),
					"invalid UTF-8 at byte " + invalidByte.getAsLong() + " of the file (the export is UTF-8); "
							+ "the row is not imported rather than read with the bytes replaced");
		}
		if (record.size() != columns.size()) {
			return RawRow.unreadable(kind, entry.state(), account, from, raw(record.values()),
					"expected " + columns.size() + " fields, found " + record.size());
		}
		Map<Field, String> fields = new EnumMap<>(Field.class);
		if (kind == SourceKind.PROFILE) {
			List<String> kept = new ArrayList<>();
			for (int i = 0; i < columns.size(); i++) {
				Field field = Field.ofColumn(columns.get(i));
				if (field != null && PROFILE_KEPT.contains(field)) {
					fields.put(field, record.get(i));
					kept.add(record.get(i));
				}
			}
			return new RawRow(kind, entry.state(), account, from, fields, raw(kept.toArray(String[]::new)));
		}
		for (int i = 0; i < columns.size(); i++) {
			fields.put(Field.ofColumn(columns.get(i)), record.get(i));
		}
		if (kind == SourceKind.LIST) {
			currentList = Map.of(Field.LIST_URL, fields.get(Field.URL), Field.LIST_NAME, fields.get(Field.NAME));
			fields.put(Field.FILE, entry.path());
		}
		else if (kind == SourceKind.LIST_ENTRY) {
			fields.putAll(currentList);
			fields.put(Field.FILE, entry.path());
		}
		return new RawRow(kind, entry.state(), account, from, fields, raw(record.values()));
	}

	private static boolean isBlank(CSVRecord record) {
		return record.size() == 1 && record.get(0).isBlank();
	}

	/**
	 * The record as one line of CSV text (quoted only where needed), as
	 * {@code RAW_FORMAT.format} writes it.
	 */
	private String raw(String[] values) {
		rawText.setLength(0);
		try {
			rawPrinter.printRecord((Object[]) values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rawText.toString();
	}

}
