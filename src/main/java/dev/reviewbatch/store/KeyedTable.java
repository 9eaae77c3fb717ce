package dev.reviewbatch.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores records of one kind in their table: inserts new keys, updates rows whose content
 * changed, and (where asked) marks unchanged rows as seen in this run. Decides per row
 * from keyed SELECTs per chunk ({@link KeyLookup}), so it needs no database-specific
 * upsert. Rows with the same key later in the same chunk see the earlier ones.
 * <p>
 * Runs inside the caller's transaction. Not thread-safe.
 */
final class KeyedTable<T> {

	/**
	 * One stored record: what happened, and the previous value of the mapping's reported
	 * column.
	 */
	record Written<T>(T item, Outcome outcome, Object previous) {
	}

	/**
	 * An entry marked gone that an import sees again is live again: its state follows the
	 * latest export.
	 */
	static final String LIVE_AGAIN = "state = CASE WHEN state = 'GONE' THEN 'LIVE' ELSE state END";

	private final JdbcTemplate jdbc;

	private final TableMapping<T> mapping;

	private final String insertSql;

	private final String updateSql;

	private final String touchSql;

	private final boolean touchUnchanged;

	/**
	 * @param touchUnchanged whether an unchanged row gets this run as its
	 * {@code last_seen_run}; needed where entries can be marked gone
	 * ({@link GoneMarker}), a wasted write elsewhere
	 */
	KeyedTable(JdbcTemplate jdbc, TableMapping<T> mapping, boolean touchUnchanged) {
		this.jdbc = jdbc;
		this.mapping = mapping;
		this.touchUnchanged = touchUnchanged;
		List<String> all = new ArrayList<>(mapping.columns());
		all.addAll(List.of("fp", "source", "source_line", "last_seen_run", "row_key"));
		this.insertSql = "INSERT INTO " + mapping.table() + " (" + String.join(", ", all) + ") VALUES ("
				+ String.join(", ", Collections.nCopies(all.size(), "?")) + ")";
		this.updateSql = "UPDATE " + mapping.table() + " SET "
				+ String.join(", ", all.subList(0, all.size() - 1).stream().map(c -> c + " = ?").toList())
				+ " WHERE row_key = ?";
		this.touchSql = "UPDATE " + mapping.table() + " SET last_seen_run = ?, " + LIVE_AGAIN + " WHERE row_key = ?";
	}

	List<Written<T>> write(List<T> items, long runId) {
		if (items.isEmpty()) {
			return List.of();
		}
		Map<String, Existing> existing = select(items);
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		Set<String> touched = new LinkedHashSet<>();
		List<Written<T>> written = new ArrayList<>(items.size());
		for (T item : items) {
			String key = mapping.key().apply(item);
			Object[] values = mapping.values().apply(item);
			long fp = Fingerprint.of(values);
			Existing before = existing.get(key);
			Object[] row = row(item, values, fp, runId, key);
			if (before == null) {
				inserts.add(row);
				written.add(new Written<>(item, Outcome.NEW, null));
			}
			else if (before.fp == fp) {
				if (touchUnchanged) {
					touched.add(key);
				}
				written.add(new Written<>(item, Outcome.UNCHANGED, before.previous));
			}
			else {
				updates.add(row);
				written.add(new Written<>(item, Outcome.UPDATED, before.previous));
			}
			existing.put(key, new Existing(fp, previousValue(values)));
		}
		jdbc.batchUpdate(insertSql, inserts);
		jdbc.batchUpdate(updateSql, updates);
		touch(touched, runId);
		return written;
	}

	private Object[] row(T item, Object[] values, long fp, long runId, String key) {
		Object[] row = new Object[values.length + 5];
		System.arraycopy(values, 0, row, 0, values.length);
		row[values.length] = fp;
		row[values.length + 1] = mapping.from().apply(item).source();
		row[values.length + 2] = mapping.from().apply(item).line();
		row[values.length + 3] = runId;
		row[values.length + 4] = key;
		return row;
	}

	private Object previousValue(Object[] values) {
		int index = mapping.previousColumn() == null ? -1 : mapping.columns().indexOf(mapping.previousColumn());
		return index < 0 ? null : values[index];
	}

	private Map<String, Existing> select(List<T> items) {
		Set<String> keys = new LinkedHashSet<>();
		items.forEach(item -> keys.add(mapping.key().apply(item)));
		String previous = mapping.previousColumn() == null ? "NULL" : mapping.previousColumn();
		Map<String, Existing> found = new HashMap<>();
		KeyLookup.query(jdbc, "SELECT row_key, fp, " + previous + " FROM " + mapping.table() + " WHERE row_key IN",
				keys, rs -> found.put(rs.getString(1), new Existing(rs.getLong(2), rs.getObject(3))));
		return found;
	}

	/** Unchanged rows only record that this run saw them. */
	private void touch(Set<String> keys, long runId) {
		jdbc.batchUpdate(touchSql, keys.stream().map(key -> new Object[] { runId, key }).toList());
	}

	private record Existing(long fp, Object previous) {
	}

}
