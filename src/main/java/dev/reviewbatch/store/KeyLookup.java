package dev.reviewbatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Looks up many keys with {@code WHERE key IN (…)} in slices of a fixed size, the last
 * one padded by repeating its last key, so that every query has the same text (the
 * database parses and plans it once) and stays far below PostgreSQL's parameter limit.
 * Stateless and thread-safe.
 */
final class KeyLookup {

	/** Keys per query. */
	static final int SLICE = 500;

	private static final String IN_LIST = "(" + String.join(", ", Collections.nCopies(SLICE, "?")) + ")";

	/** Receives one found row. */
	interface Row {

		void accept(ResultSet rs) throws SQLException;

	}

	private KeyLookup() {
	}

	/**
	 * Runs {@code selectWhereKeyIn + " (?, ?, …)"} for all {@code keys}, handing each
	 * found row to {@code row}. Keys should be distinct: a key repeated in another slice
	 * yields its row again.
	 */
	static void query(JdbcTemplate jdbc, String selectWhereKeyIn, Collection<String> keys, Row row) {
		String sql = selectWhereKeyIn + " " + IN_LIST;
		Iterator<String> it = keys.iterator();
		while (it.hasNext()) {
			Object[] slice = new Object[SLICE];
			int filled = 0;
			while (filled < SLICE && it.hasNext()) {
				slice[filled++] = it.next();
			}
			Arrays.fill(slice, filled, SLICE, slice[filled - 1]);
			jdbc.query(sql, rs -> {
				row.accept(rs);
			}, slice);
		}
	}

}
