package dev.reviewbatch.sync;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The syncs ({@code sync_run}) and what changed in the store between them. A sync records
 * the highest import run in the store when it finished ({@code store_run_id}); the next
 * sync sums the ledger over the runs after it, including imports run by hand in between.
 * Thread-safe (stateless over JDBC).
 */
class SyncRunTable {

	/**
	 * A finished sync: its id, when it finished, the last import run the store held then.
	 */
	record Previous(long syncId, Instant finished, long storeRunId) {
	}

	private final JdbcTemplate jdbc;

	SyncRunTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long begin() {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var statement = connection.prepareStatement("INSERT INTO sync_run (started_at) VALUES (?)",
					new String[] { "sync_id" });
			statement.setTimestamp(1, Timestamp.from(Instant.now()));
			return statement;
		}, key);
		return key.getKey().longValue();
	}

	/** The last finished sync before {@code syncId}, or null for the first sync. */
	Previous previous(long syncId) {
		List<Previous> rows = jdbc.query(
				"SELECT sync_id, finished_at, store_run_id FROM sync_run "
						+ "WHERE sync_id < ? AND finished_at IS NOT NULL ORDER BY sync_id DESC FETCH FIRST 1 ROWS ONLY",
				(rs, n) -> new Previous(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getLong(3)), syncId);
		return rows.isEmpty() ? null : rows.get(0);
	}

	/**
	 * Records the end; {@code firstRun}/{@code lastRun} are this sync's own imports (0
	 * when none).
	 */
	void finish(long syncId, long firstRun, long lastRun) {
		jdbc.update(
				"UPDATE sync_run SET finished_at = ?, first_run_id = ?, last_run_id = ?, store_run_id = "
						+ "(SELECT COALESCE(MAX(run_id), 0) FROM import_run) WHERE sync_id = ?",
				Timestamp.from(Instant.now()), firstRun == 0 ? null : firstRun, lastRun == 0 ? null : lastRun, syncId);
	}

	/**
	 * What the import runs after {@code afterRun} changed: new viewings (as in
	 * clean/viewings.csv) and the ledger's change categories.
	 */
	SinceLastSync changesAfter(long afterRun) {
		Long runs = jdbc.queryForObject("SELECT COUNT(*) FROM import_run WHERE run_id > ?", Long.class, afterRun);
		Long viewings = jdbc.queryForObject(
				"SELECT COUNT(*) FROM viewing WHERE first_run > ? "
						+ "AND (in_diary OR watched_date IS NOT NULL) AND state IN ('LIVE', 'ORPHANED')",
				Long.class, afterRun);
		Map<String, Long> categories = new LinkedHashMap<>();
		jdbc.query("SELECT category, COUNT(*) FROM run_change WHERE run_id > ? GROUP BY category ORDER BY category",
				rs -> {
					categories.put(rs.getString(1), rs.getLong(2));
				}, afterRun);
		return new SinceLastSync(runs == null ? 0 : runs, viewings == null ? 0 : viewings, categories);
	}

}
