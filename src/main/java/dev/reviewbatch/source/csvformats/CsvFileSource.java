package dev.reviewbatch.source.csvformats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ItemStreamException;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

/**
 * The reading loop both single-file readers share: open the file, refuse it as a whole
 * when its header is wrong (one unreadable row naming the reason, and no other rows),
 * then hand out one row per record, from the first. Malformed CSV ends the file with one
 * unreadable row from that line on.
 * <p>
 * Every row's provenance source is the file name, so a refused file counts as one row of
 * it. Not thread-safe.
 */
final class CsvFileSource {

	private final Path file;

	private final SourceKind kind;

	private final Function<CsvRecords, String> headerProblem;

	private CsvRecords records;

	private String refusal;

	private boolean finished;

	/**
	 * @param kind the kind of a row that describes a problem with the whole file
	 * @param headerProblem why the file's header is not acceptable, or {@code null} when
	 * it is
	 */
	CsvFileSource(Path file, SourceKind kind, Function<CsvRecords, String> headerProblem) {
		this.file = file;
		this.kind = kind;
		this.headerProblem = headerProblem;
	}

	/** The provenance source name of every row: the file name. */
	String sourceName() {
		return file.getFileName().toString();
	}

	void open() {
		try {
			records = CsvRecords.open(file);
			refusal = headerProblem.apply(records);
		}
		catch (IOException | UncheckedIOException ex) {
			refusal = "cannot read: " + ex.getMessage();
		}
	}

	void close() {
		if (records != null) {
			try {
				records.close();
			}
			catch (IOException ex) {
				throw new ItemStreamException("closing " + file, ex);
			}
		}
	}

	/** The next row made by {@code toRow}, or {@code null} at the end of the file. */
	RawRow next(BiFunction<CsvRecords, CsvRecords.Line, RawRow> toRow) {
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
			return toRow.apply(records, next);
		}
		catch (UncheckedIOException ex) {
			finished = true;
			return unreadable(line, "", "unreadable CSV from here on: " + ex.getCause().getMessage());
		}
	}

	RawRow unreadable(long line, String raw, String problem) {
		return RawRow.unreadable(kind, EntryState.LIVE, "", new Provenance.CsvLine(sourceName(), line), raw, problem);
	}

}
