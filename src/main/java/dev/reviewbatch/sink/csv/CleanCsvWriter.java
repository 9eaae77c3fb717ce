package dev.reviewbatch.sink.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import dev.reviewbatch.sink.AccountScope;
import dev.reviewbatch.sink.AtomicFile;
import dev.reviewbatch.domain.StarRating;
import dev.reviewbatch.sink.SortedRows;
import dev.reviewbatch.store.RunLedger;

/**
 * Writes {@code clean/*.csv} from the whole store and {@code rejects.csv} from one run.
 * UTF-8 with a header row, LF line ends, quoted only where needed. Each file is written
 * beside its target and moved into place, so a reader never sees half a file. Streams
 * rows; memory does not grow with the store.
 */
public class CleanCsvWriter {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	private final JdbcTemplate jdbc;

	public CleanCsvWriter(JdbcTemplate jdbc) {
		this.jdbc = new JdbcTemplate(jdbc.getDataSource());
		this.jdbc.setFetchSize(1000);
	}

	/**
	 * Names the run whose store the clean files of a folder show; written after they are
	 * all in place.
	 */
	static final String RUN_MARKER = ".reviewbatch-run";

	/**
	 * True when {@code folder} holds every clean file as written after run {@code runId}
	 * (so a run that changed nothing since need not rewrite them).
	 */
	public boolean isCurrent(Path folder, long runId) {
		try {
			Path marker = folder.resolve(RUN_MARKER);
			return runId > 0 && Files.isRegularFile(marker)
					&& Files.readString(marker, StandardCharsets.UTF_8).strip().equals(Long.toString(runId))
					&& CleanCsvFiles.ALL.stream()
						.allMatch(file -> Files.isRegularFile(folder.resolve(file.fileName())));
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Records that the clean files of {@code folder} show the store as of run
	 * {@code runId}.
	 */
	public void markCurrent(Path folder, long runId) {
		AtomicFile.writeString(folder.resolve(RUN_MARKER), runId + "\n");
	}

	/**
	 * Writes every clean file into {@code folder}; returns the number of data rows per
	 * file, in order.
	 */
	public List<Long> writeClean(Path folder) {
		return CleanCsvFiles.ALL.stream().map(file -> write(folder, file)).toList();
	}

	/**
	 * Writes every clean file of one account's rows into {@code folder} (the films those
	 * rows name), read through the account's {@link AccountScope}; returns the number of
	 * data rows per file, in order.
	 */
	public List<Long> writeClean(Path folder, String account) {
		CleanCsvWriter scoped = new CleanCsvWriter(new JdbcTemplate(AccountScope.of(jdbc.getDataSource(), account)));
		return CleanCsvFiles.OF_ONE_ACCOUNT.stream().map(file -> scoped.write(folder, file)).toList();
	}

	/**
	 * Writes the rejects of several runs to {@code file}, run after run
	 * ({@code source,line,reason,raw}).
	 */
	public long writeRejects(Path file, RunLedger ledger, List<Long> runIds) {
		return atomically(file, printer -> {
			printer.printRecord("source", "line", "reason", "raw");
			long rows = 0;
			for (long runId : runIds) {
				for (RunLedger.Reject reject : ledger.rejects(runId)) {
					printer.printRecord(reject.source(), reject.line(), reject.reason(), reject.raw());
					rows++;
				}
			}
			return rows;
		});
	}

	/** Writes the run's rejects to {@code file} ({@code source,line,reason,raw}). */
	public long writeRejects(Path file, RunLedger ledger, long runId) {
		return writeRejects(file, ledger, List.of(runId));
	}

	private long write(Path folder, CleanCsvFile file) {
		return atomically(folder.resolve(file.fileName()), printer -> {
			printer.printRecord(file.header());
			PreviousTracker previous = new PreviousTracker(file);
			long[] rows = { 0 };
			if (file.order() != null) {
				SortedRows.query(jdbc, file.sql(), file.order(), row -> {
					printRow(printer, file, previous.apply(cells(file, row)));
					rows[0]++;
				});
				return rows[0];
			}
			jdbc.query(file.sql(), (RowCallbackHandler) rs -> {
				printRow(printer, file, previous.apply(cells(file, rs)));
				rows[0]++;
			});
			return rows[0];
		});
	}

	private static String[] cells(CleanCsvFile file, ResultSet rs) throws SQLException {
		String[] cells = new String[file.header().size()];
		for (int i = 0; i < cells.length; i++) {
			cells[i] = cell(rs.getObject(i + 1), file.starColumns().contains(file.header().get(i)));
		}
		return cells;
	}

	private static String[] cells(CleanCsvFile file, Object[] row) {
		String[] cells = new String[file.header().size()];
		for (int i = 0; i < cells.length; i++) {
			cells[i] = cell(row[i], file.starColumns().contains(file.header().get(i)));
		}
		return cells;
	}

	private static void printRow(CSVPrinter printer, CleanCsvFile file, String[] cells) {
		try {
			printer.printRecord((Object[]) cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Fills a file's "previous value" column from the row before in the same partition.
	 */
	private static final class PreviousTracker {

		private final int[] partition;

		private final int value;

		private final int into;

		private String[] last;

		PreviousTracker(CleanCsvFile file) {
			CleanCsvFile.Previous previous = file.previousWithin();
			this.partition = previous == null ? null
					: previous.partition().stream().mapToInt(file.header()::indexOf).toArray();
			this.value = previous == null ? -1 : file.header().indexOf(previous.value());
			this.into = previous == null ? -1 : file.header().indexOf(previous.into());
		}

		String[] apply(String[] cells) {
			if (partition == null) {
				return cells;
			}
			boolean samePartition = last != null;
			for (int i = 0; samePartition && i < partition.length; i++) {
				samePartition = last[partition[i]].equals(cells[partition[i]]);
			}
			cells[into] = samePartition ? last[value] : "";
			last = cells;
			return cells;
		}

	}

	private static String cell(Object value, boolean stars) {
		if (value == null) {
			return "";
		}
		if (stars) {
			return StarRating.ofHalfStars(((Number) value).intValue()).stars();
		}
		if (value instanceof Date date) {
			return date.toLocalDate().toString();
		}
		return value.toString();
	}

	private interface Body {

		long print(CSVPrinter printer) throws IOException;

	}

	private static long atomically(Path target, Body body) {
		return AtomicFile.write(target, writer -> {
			try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
				return body.print(printer);
			}
		});
	}

}
