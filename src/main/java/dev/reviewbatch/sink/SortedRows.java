package dev.reviewbatch.sink;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The rows of a query in an order decided in Java, with memory bounded at any store size:
 * the query streams its rows unsorted (in the store's id order, no database sort), they
 * are sorted in runs of at most {@link #RUN_BYTES} (estimated), the runs are spilled to
 * temporary files and merged. A query whose rows fit one run touches no file. Row values
 * are {@code String}, {@code Long}, {@code Integer}, {@code Boolean}, {@code LocalDate}
 * (from SQL {@code DATE}) or null.
 * <p>
 * The order is the one the store's SQL had on H2: text by UTF-16 code units
 * ({@link String#compareTo}), null before any value unless asked otherwise; it is the
 * same on every database, so H2 and PostgreSQL stores write the same files. Stateless and
 * thread-safe.
 */
public final class SortedRows {

	/** Estimated bytes of rows held in memory before a run is spilled. */
	static final long RUN_BYTES = 24L << 20;

	private SortedRows() {
	}

	/**
	 * One sort key: a column (0-based) of the row, ascending unless {@code descending},
	 * nulls first unless {@code nullsLast}.
	 */
	public record Key(int column, boolean descending, boolean nullsLast) {

		public static Key asc(int column) {
			return new Key(column, false, false);
		}

		public static Key ascNullsLast(int column) {
			return new Key(column, false, true);
		}

		public static Key descNullsLast(int column) {
			return new Key(column, true, true);
		}
	}

	/** The comparator of rows by {@code keys}, in order. */
	public static Comparator<Object[]> order(List<Key> keys) {
		List<Key> copy = List.copyOf(keys);
		return (a, b) -> {
			for (Key key : copy) {
				int c = compare(a[key.column()], b[key.column()], key.nullsLast());
				if (c != 0) {
					return key.descending() ? -c : c;
				}
			}
			return 0;
		};
	}

	/**
	 * Runs {@code sql} (no ORDER BY needed) and hands its rows to {@code sink} in
	 * {@code keys} order; rows equal on every key keep the query's order.
	 */
	public static void query(JdbcTemplate jdbc, String sql, List<Key> keys, Consumer<Object[]> sink, Object... args) {
		Comparator<Object[]> order = order(keys);
		List<Path> runs = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		long[] bytes = { 0 };
		try {
			// not with H2's lazy execution: a lazy cursor outside a transaction does not
			// hold
			// its version of the store, and with the store's short retention time a long
			// read failed with "Chunk … not found" at a million rows
			jdbc.query(sql, (RowCallbackHandler) rs -> {
				Object[] row = row(rs);
				rows.add(row);
				bytes[0] += estimate(row);
				if (bytes[0] >= RUN_BYTES) {
					runs.add(spill(rows, order));
					rows.clear();
					bytes[0] = 0;
				}
			}, args);
			rows.sort(order);
			if (runs.isEmpty()) {
				rows.forEach(sink);
				return;
			}
			runs.add(spill(rows, order));
			rows.clear();
			merge(runs, order, sink);
		}
		finally {
			runs.forEach(SortedRows::delete);
		}
	}

	private static Object[] row(ResultSet rs) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Object[] row = new Object[meta.getColumnCount()];
		for (int i = 0; i < row.length; i++) {
			Object value = rs.getObject(i + 1);
			if (value instanceof java.sql.Date date) {
				value = date.toLocalDate();
			}
			else if (value instanceof Short || value instanceof Byte) {
				value = ((Number) value).intValue();
			}
			else if (value instanceof java.math.BigDecimal || value instanceof java.math.BigInteger) {
				value = ((Number) value).longValue();
			}
			row[i] = value;
		}
		return row;
	}

	private static int compare(Object a, Object b, boolean nullsLast) {
		if (a == null || b == null) {
			return a == b ? 0 : (a == null) == nullsLast ? 1 : -1;
		}
		if (a instanceof Number x && b instanceof Number y) {
			return Long.compare(x.longValue(), y.longValue());
		}
		if (a instanceof String x && b instanceof String y) {
			return x.compareTo(y);
		}
		if (a instanceof LocalDate x && b instanceof LocalDate y) {
			return x.compareTo(y);
		}
		if (a instanceof Boolean x && b instanceof Boolean y) {
			return x.compareTo(y);
		}
		throw new IllegalArgumentException(
				"cannot order " + a.getClass().getSimpleName() + " against " + b.getClass().getSimpleName());
	}

	private static long estimate(Object[] row) {
		long bytes = 16 + 4L * row.length;
		for (Object value : row) {
			bytes += value instanceof String s ? 40 + s.length() : 16;
		}
		return bytes;
	}

	// ---- runs on disk: each row as its column count, then per value a type tag and the
	// value

	private static final int NULL = 0;

	private static final int STRING = 1;

	private static final int LONG = 2;

	private static final int INTEGER = 3;

	private static final int BOOLEAN = 4;

	private static final int DATE = 5;

	private static Path spill(List<Object[]> rows, Comparator<Object[]> order) {
		rows.sort(order);
		try {
			Path file = Files.createTempFile("reviewbatch-sort-", ".run");
			try (DataOutputStream out = new DataOutputStream(
					new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
				for (Object[] row : rows) {
					write(out, row);
				}
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write a sort run to the temporary folder: " + ex.getMessage(), ex);
		}
	}

	private static void write(DataOutputStream out, Object[] row) throws IOException {
		out.writeShort(row.length);
		for (Object value : row) {
			if (value == null) {
				out.writeByte(NULL);
			}
			else if (value instanceof String s) {
				byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
				out.writeByte(STRING);
				out.writeInt(utf8.length);
				out.write(utf8);
			}
			else if (value instanceof Long l) {
				out.writeByte(LONG);
				out.writeLong(l);
			}
			else if (value instanceof Integer i) {
				out.writeByte(INTEGER);
				out.writeInt(i);
			}
			else if (value instanceof Boolean b) {
				out.writeByte(BOOLEAN);
				out.writeBoolean(b);
			}
			else if (value instanceof LocalDate d) {
				out.writeByte(DATE);
				out.writeLong(d.toEpochDay());
			}
			else {
				throw new IllegalArgumentException("cannot sort a " + value.getClass().getSimpleName() + " value");
			}
		}
	}

	private static Object[] read(DataInputStream in) throws IOException {
		int columns;
		try {
			columns = in.readShort();
		}
		catch (EOFException end) {
			return null;
		}
		Object[] row = new Object[columns];
		for (int i = 0; i < columns; i++) {
			int type = in.readByte();
			row[i] = switch (type) {
				case NULL -> null;
				case STRING -> {
					byte[] utf8 = new byte[in.readInt()];
					in.readFully(utf8);
					yield new String(utf8, StandardCharsets.UTF_8);
				}
				case LONG -> in.readLong();
				case INTEGER -> in.readInt();
				case BOOLEAN -> in.readBoolean();
				case DATE -> LocalDate.ofEpochDay(in.readLong());
				default -> throw new IOException("corrupt sort run: type " + type);
			};
		}
		return row;
	}

	/** A run being merged: its next row, and its position among runs for stable ties. */
	private record Head(Object[] row, int run) {
	}

	private static void merge(List<Path> runs, Comparator<Object[]> order, Consumer<Object[]> sink) {
		List<DataInputStream> inputs = new ArrayList<>();
		try {
			PriorityQueue<Head> heads = new PriorityQueue<>(
					Comparator.<Head, Object[]>comparing(Head::row, order).thenComparingInt(Head::run));
			for (int i = 0; i < runs.size(); i++) {
				DataInputStream in = new DataInputStream(
						new BufferedInputStream(Files.newInputStream(runs.get(i)), 1 << 16));
				inputs.add(in);
				Object[] first = read(in);
				if (first != null) {
					heads.add(new Head(first, i));
				}
			}
			while (!heads.isEmpty()) {
				Head head = heads.poll();
				sink.accept(head.row());
				Object[] next = read(inputs.get(head.run()));
				if (next != null) {
					heads.add(new Head(next, head.run()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read a sort run: " + ex.getMessage(), ex);
		}
		finally {
			for (DataInputStream in : inputs) {
				try {
					in.close();
				}
				catch (IOException ignored) {
					// a temporary file; deleted next
				}
			}
		}
	}

	private static void delete(Path run) {
		try {
			Files.deleteIfExists(run);
		}
		catch (IOException ignored) {
			// a temporary file
		}
	}

}
