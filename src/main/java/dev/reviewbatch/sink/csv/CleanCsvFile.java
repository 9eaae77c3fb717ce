package dev.reviewbatch.sink.csv;

import java.util.List;
import java.util.Set;

/**
 * One clean output file: its name, its header, and the query whose columns (aliased to the header names, in
 * order) fill it. Columns named in {@code starColumns} hold half-stars and are written as stars ({@code 3.5}).
 * Immutable.
 */
record CleanCsvFile(String fileName, List<String> header, String sql, Set<String> starColumns) {

	CleanCsvFile {
		header = List.copyOf(header);
		starColumns = Set.copyOf(starColumns);
	}
}
