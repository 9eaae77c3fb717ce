package dev.reviewbatch.store;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hands out the ids of one table's new rows in increasing order, from one past the
 * highest stored id, so a load appends to the end of the table's primary key. Exact
 * because one run at a time writes a store (the store lock); {@link #forget()} after a
 * rolled-back transaction starts again from what is stored. Not thread-safe.
 */
final class RowIds {

	private final JdbcTemplate jdbc;

	private final String table;

	private long next = -1;

	RowIds(JdbcTemplate jdbc, String table) {
		this.jdbc = jdbc;
		this.table = table;
	}

	long next() {
		if (next < 0) {
			Long max = jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class);
			next = max == null ? 1 : max + 1;
		}
		return next++;
	}

	void forget() {
		next = -1;
	}

}
