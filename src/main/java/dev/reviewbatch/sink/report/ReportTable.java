package dev.reviewbatch.sink.report;

import java.util.List;

/**
 * One table of the report: the file stem of its CSV ({@code data/<name>.csv}), a heading, stable column names and
 * the rows as formatted cells (never null; an absent value is the empty string). The page and the summary show at
 * most {@code shownRows} rows; the CSV holds them all. Immutable.
 */
public record ReportTable(String name, String heading, List<String> columns, List<List<String>> rows, int shownRows) {

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
		return new ReportTable(name, heading, columns, rows, SHOW_ALL);
	}

	ReportTable showing(int limit) {
		return new ReportTable(name, heading, columns, rows, limit);
	}

	/** The rows the page and the summary show. */
	List<List<String>> shown() {
		return rows.size() <= shownRows ? rows : rows.subList(0, shownRows);
	}

	boolean truncated() {
		return rows.size() > shownRows;
	}
}
