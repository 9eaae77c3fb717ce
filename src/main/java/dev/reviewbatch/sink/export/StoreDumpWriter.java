package dev.reviewbatch.sink.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import dev.reviewbatch.sink.AtomicFile;

/**
 * Dumps every record of the store, one file per table ({@code films}, {@code viewings},
 * {@code reviews}, …), as CSV or JSON Lines; the schemas are in
 * {@code docs/export-schemas.md}. Rows are in a stable order, so two dumps of the same
 * store are identical.
 * <p>
 * CSV: UTF-8, header row, LF line ends, quoted only where needed; text cells are guarded
 * against formula injection ({@link SpreadsheetSafety}), so a cell may gain a leading
 * {@code '}. JSONL: one object per line, columns as keys in schema order, {@code null}
 * for blanks, numbers and booleans as JSON values, dates as ISO strings; nothing is
 * guarded, so JSONL is the lossless dump. Each file is written beside its target and
 * moved into place. Streams rows; memory does not grow with the store.
 */
public class StoreDumpWriter {

	/** The two dump formats. */
	public enum Format {

		CSV("csv"), JSONL("jsonl");

		private final String extension;

		Format(String extension) {
			this.extension = extension;
		}

		public String extension() {
			return extension;
		}

	}

	private static final CSVFormat CSV_FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	public StoreDumpWriter(JdbcTemplate jdbc) {
		this.jdbc = new JdbcTemplate(jdbc.getDataSource());
		this.jdbc.setFetchSize(1000);
	}

	/**
	 * Writes one file per table into {@code folder}; returns table name → rows written,
	 * in order.
	 */
	public Map<String, Long> write(Path folder, Format format) {
		Map<String, Long> rows = new LinkedHashMap<>();
		for (DumpTable table : DumpTables.ALL) {
			Path file = folder.resolve(table.name() + "." + format.extension());
			rows.put(table.name(), atomically(file, out -> format == Format.CSV ? csv(table, out) : jsonl(table, out)));
		}
		return rows;
	}

	private long csv(DumpTable table, Writer out) throws IOException {
		CSVPrinter printer = new CSVPrinter(out, CSV_FORMAT);
		printer.printRecord(table.columns());
		long[] rows = { 0 };
		jdbc.query(table.sql(), rs -> {
			List<Object> cells = new ArrayList<>(table.columns().size());
			for (int i = 1; i <= table.columns().size(); i++) {
				Object value = value(rs, i);
				cells.add(value instanceof String text ? SpreadsheetSafety.guard(text) : value);
			}
			print(printer, cells);
			rows[0]++;
		});
		printer.flush();
		return rows[0];
	}

	private long jsonl(DumpTable table, Writer out) {
		long[] rows = { 0 };
		jdbc.query(table.sql(), rs -> {
			Map<String, Object> record = new LinkedHashMap<>();
			for (int i = 1; i <= table.columns().size(); i++) {
				record.put(table.columns().get(i - 1), value(rs, i));
			}
			line(out, JSON.writeValueAsString(record));
			rows[0]++;
		});
		return rows[0];
	}

	/** The cell's value: dates as ISO text, everything else as JDBC gives it. */
	private static Object value(ResultSet rs, int column) throws SQLException {
		Object value = rs.getObject(column);
		return value instanceof Date date ? date.toLocalDate().toString() : value;
	}

	private static void print(CSVPrinter printer, List<Object> cells) {
		try {
			printer.printRecord(cells);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void line(Writer out, String json) {
		try {
			out.write(json);
			out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private interface Body {

		long write(Writer out) throws IOException;

	}

	private static long atomically(Path target, Body body) {
		return AtomicFile.write(target, body::write);
	}

}
