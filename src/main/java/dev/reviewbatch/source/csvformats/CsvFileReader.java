package dev.reviewbatch.source.csvformats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

/**
 * The reading loop both single-file readers share: open the file, refuse it as a whole
 * when its header is wrong or its dates' order cannot be settled (one unreadable row
 * naming the reason, and no other rows), then hand out one row per record, from the
 * first. A record whose field count differs from the header's is an unreadable row;
 * malformed CSV ends the file with one unreadable row from that line on. Subclasses turn
 * a well-formed record into a row ({@link #toRow}).
 * <p>
 * Every row's provenance source is the file name, so a refused file counts as one row of
 * it. Reads from the start; {@link dev.reviewbatch.source.ResumingReader} passes over
 * what a restarted run already committed. Not thread-safe.
 */
abstract class CsvFileReader implements ItemStreamReader<RawRow> {

	private final Path file;

	private final SourceKind kind;

	private final Function<List<String>, String> headerProblem;

	private final String dateColumn;

	private CsvRecords records;

	private SpreadsheetDates dates;

	private String refusal;

	private boolean finished;

	/**
	 * @param kind the kind of a row that describes a problem with the whole file
	 * @param headerProblem why a header is not acceptable, or {@code null} when it is
	 * @param dateColumn the column whose dates decide the file's date order
	 * ({@link SpreadsheetDates})
	 */
	CsvFileReader(Path file, SourceKind kind, Function<List<String>, String> headerProblem, String dateColumn) {
		this.file = file;
		this.kind = kind;
		this.headerProblem = headerProblem;
		this.dateColumn = dateColumn;
	}

	/**
	 * True when {@code csv}'s header passes {@code headerProblem}; false when it does not
	 * or cannot be read.
	 */
	static boolean recognises(Path csv, Function<List<String>, String> headerProblem) {
		try {
			return headerProblem.apply(CsvRecords.headerOf(csv)) == null;
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
	}

	/** The provenance source name of every row: the file name. */
	public String sourceName() {
		return file.getFileName().toString();
	}

	@Override
	public void open(ExecutionContext context) {
		try {
			records = CsvRecords.open(file);
			refusal = headerProblem.apply(records.header());
			if (refusal == null) {
				dates = SpreadsheetDates.scan(file, dateColumn);
				refusal = dates.refusal();
			}
		}
		catch (IOException | UncheckedIOException ex) {
			refusal = "cannot read: " + ex.getMessage();
		}
	}

	@Override
	public void close() {
		if (records != null) {
			try {
				records.close();
			}
			catch (IOException ex) {
				throw new ItemStreamException("closing " + file, ex);
			}
		}
	}

	/** The next row, or {@code null} at the end of the file. */
	@Override
	public RawRow read() {
		if (finished) {
			return null;
		}
		if (refusal != null) {
			finished = true;
			return unreadable(1, "", "file refused: " + refusal);
		}
		long line = records.position();
		try {
			CsvRecords.Line next = records.next();
			if (next == null) {
				finished = true;
				return null;
			}
			line = next.number();
			return row(next);
		}
		catch (UncheckedIOException ex) {
			finished = true;
			return unreadable(line, "", "unreadable CSV from here on: " + ex.getCause().getMessage());
		}
	}

	private RawRow row(CsvRecords.Line line) {
		CSVRecord record = line.record();
		String raw = CsvRecords.raw(record);
		if (record.size() != records.header().size()) {
			return unreadable(line.number(), raw,
					"expected " + records.header().size() + " fields, found " + record.size());
		}
		return toRow(records, record, line.number(), raw);
	}

	/**
	 * The row of a record with as many fields as the header.
	 * @param raw the record as it stood in the file
	 */
	abstract RawRow toRow(CsvRecords records, CSVRecord record, long line, String raw);

	/** The file's date order, settled when it was opened. */
	final SpreadsheetDates dates() {
		return dates;
	}

	final Provenance provenance(long line) {
		return new Provenance.CsvLine(sourceName(), line);
	}

	final RawRow unreadable(long line, String raw, String problem) {
		return RawRow.unreadable(kind, EntryState.LIVE, "", provenance(line), raw, problem);
	}

}
