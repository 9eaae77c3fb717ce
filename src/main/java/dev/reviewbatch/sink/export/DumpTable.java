package dev.reviewbatch.sink.export;

import java.util.List;

/**
 * One file of a store dump: its name (without extension), its columns, and the query that
 * fills them (same columns, same order, rows in a stable order). Immutable.
 */
record DumpTable(String name, List<String> columns, String sql) {

	DumpTable {
		columns = List.copyOf(columns);
	}

	static DumpTable of(String name, String orderBy, String from, String... columnsAndExpressions) {
		List<String> columns = new java.util.ArrayList<>();
		List<String> expressions = new java.util.ArrayList<>();
		for (String pair : columnsAndExpressions) {
			int equals = pair.indexOf('=');
			columns.add(equals < 0 ? pair : pair.substring(0, equals));
			expressions.add(equals < 0 ? pair : pair.substring(equals + 1));
		}
		return new DumpTable(name, columns,
				"SELECT " + String.join(", ", expressions) + " FROM " + from + " ORDER BY " + orderBy);
	}
}
