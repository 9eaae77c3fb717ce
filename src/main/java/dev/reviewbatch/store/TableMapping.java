package dev.reviewbatch.store;

import java.util.List;
import java.util.function.Function;

import dev.reviewbatch.domain.Provenance;

/**
 * How one kind of record maps to one keyed table: its key, its content columns and their
 * values, and one column whose previous value is reported when a row changes (e.g. the
 * old rating). Immutable.
 * <p>
 * Every mapped table also has {@code row_key}, {@code fp}, {@code source},
 * {@code source_line} and {@code last_seen_run}; only the content columns decide whether
 * a row changed.
 */
record TableMapping<T>(String table, List<String> columns, Function<T, String> key, Function<T, Object[]> values,
		Function<T, Provenance> from, String previousColumn) {

	TableMapping {
		columns = List.copyOf(columns);
	}
}
