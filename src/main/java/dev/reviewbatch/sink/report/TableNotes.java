package dev.reviewbatch.sink.report;

/** The line under a table that says how much of it is shown and where the rest is. */
final class TableNotes {

	private TableNotes() {
	}

	/** The words before the data file's name: empty when the whole table is shown. */
	static String of(ReportTable table) {
		if (!table.truncated()) {
			return "";
		}
		int shown = table.shown().size();
		String total = Figures.count(table.totalRows());
		return (shown == 0 ? "" : "The first " + Figures.count(shown) + " of " + total + " rows; ") + "all " + total
				+ " rows in ";
	}

}
