package dev.reviewbatch.sink.report;

import java.util.List;

/**
 * One table of the report: the file stem of its CSV ({@code data/<name>.csv}), a heading,
 * stable column names and rows as formatted cells (never null; an absent value is the
 * empty string). {@code rows} are the rows held in memory: all of them, or for a
 * {@code streamed} table (one whose CSV was written row by row while the store was read)
 * only those the page may show; {@code totalRows} is the length of the CSV. The page and
 * the summary show at most {@code shownRows} rows. Immutable.
 */
public record ReportTable(String name, String heading, List<String> columns, List<List<String>> rows, int shownRows,
		long totalRows, boolean streamed) {

	static final int SHOW_ALL = Integer.MAX_VALUE;

	public ReportTable {
		columns = List.copyOf(columns);
		rows = rows.stream().map(List::copyOf).toList();
		for (List<String> row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException(name + ": row " + row + " does not match columns " + columns);
			}
		}
	}

	static ReportTable of(String name, String heading, List<String> columns, List<List<String>> rows) {
		return new ReportTable(name, heading, columns, rows, SHOW_ALL, rows.size(), false);
	}

	/** A table whose CSV {@code csv} already wrote; {@code rows} are the rows to show. */
	static ReportTable streamed(ReportFiles.CsvStream csv, String heading, List<List<String>> rows) {
		return new ReportTable(csv.name(), heading, csv.columns(), rows, SHOW_ALL, csv.rows(), true);
	}

	ReportTable showing(int limit) {
		return new ReportTable(name, heading, columns, rows, limit, totalRows, streamed);
	}

	ReportTable withHeading(String newHeading) {
		return new ReportTable(name, newHeading, columns, rows, shownRows, totalRows, streamed);
	}

	/** The rows the page and the summary show. */
	List<List<String>> shown() {
		return rows.size() <= shownRows ? rows : rows.subList(0, shownRows);
	}

	boolean truncated() {
		return totalRows > shown().size();
	}

	boolean isEmpty() {
		return totalRows == 0;
	}
}
