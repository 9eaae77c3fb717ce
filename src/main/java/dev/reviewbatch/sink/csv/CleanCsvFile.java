package dev.reviewbatch.sink.csv;

import java.util.List;
import java.util.Set;

import dev.reviewbatch.sink.SortedRows;

/**
 * One clean output file: its name, its header, and the query whose columns (in header
 * order) fill it. Columns named in {@code starColumns} hold half-stars and are written as
 * stars ({@code 3.5}). When {@code previousWithin} is set, its {@code into} column is
 * filled while writing with the {@code value} of the row before in the same partition
 * (the rows must be sorted by the partition columns first). When {@code order} is set,
 * the query has no ORDER BY and its rows are sorted in Java by those keys
 * ({@link SortedRows}: bounded memory, no database sort); the query may select columns
 * after the header's, used only as sort keys. Immutable.
 */
record CleanCsvFile(String fileName, List<String> header, String sql, Set<String> starColumns, Previous previousWithin,
		List<SortedRows.Key> order) {

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
		order = order == null ? null : List.copyOf(order);
	}

	CleanCsvFile(String fileName, List<String> header, String sql, Set<String> starColumns) {
		this(fileName, header, sql, starColumns, null, null);
	}

	CleanCsvFile(String fileName, List<String> header, String sql, Set<String> starColumns,
			List<SortedRows.Key> order) {
		this(fileName, header, sql, starColumns, null, order);
	}
}
