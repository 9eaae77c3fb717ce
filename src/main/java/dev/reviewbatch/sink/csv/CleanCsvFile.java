package dev.reviewbatch.sink.csv;

import java.util.List;
import java.util.Set;

/**
 * One clean output file: its name, its header, and the query whose columns (in header
 * order) fill it. Columns named in {@code starColumns} hold half-stars and are written as
 * stars ({@code 3.5}). When {@code previousWithin} is set, its {@code into} column is
 * filled while writing with the {@code value} of the row before in the same partition
 * (the query must sort by the partition columns first). Immutable.
 */
record CleanCsvFile(String fileName, List<String> header, String sql, Set<String> starColumns,
		Previous previousWithin) {

	/**
	 * "The previous row's {@code value}, within rows equal on {@code partition}, goes
	 * into {@code into}".
	 */
	record Previous(List<String> partition, String value, String into) {

		Previous {
			partition = List.copyOf(partition);
		}
	}

	CleanCsvFile {
		header = List.copyOf(header);
		starColumns = Set.copyOf(starColumns);
	}

	CleanCsvFile(String fileName, List<String> header, String sql, Set<String> starColumns) {
		this(fileName, header, sql, starColumns, null);
	}
}
