package dev.reviewbatch.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decides, when a run begins, which of its files the store already holds whole, and
 * carries them: a file is carried when its SHA-256 equals that of the same file in the
 * account's latest import, that import finished and read the file completely, and every
 * file that shares its gone-marking scope ({@link GoneMarker#scopeMates}) is carried too.
 * Such a file cannot add, change or remove anything, so its rows are not read again: its
 * ledger row takes the earlier counts (every stored row unchanged, the same rejects) and
 * it marks nothing gone.
 * <p>
 * Runs inside the caller's transaction.
 */
final class FileCarry {

	private final JdbcTemplate jdbc;

	FileCarry(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void carry(long runId, String account, List<String> files, Map<String, String> checksums) {
		if (checksums.isEmpty()) {
			return;
		}
		Long latest = jdbc.queryForObject("SELECT MAX(run_id) FROM import_run WHERE account = ? AND run_id < ?",
				Long.class, account, runId);
		if (latest == null || !Boolean.TRUE
			.equals(jdbc.queryForObject("SELECT finished FROM import_run WHERE run_id = ?", Boolean.class, latest))) {
			return;
		}
		Map<String, String> before = new HashMap<>();
		jdbc.query("SELECT source, sha256 FROM run_file WHERE run_id = ? AND NOT refused AND sha256 IS NOT NULL",
				rs -> {
					before.put(rs.getString(1), rs.getString(2));
				}, latest);
		Set<String> same = new HashSet<>();
		for (String file : files) {
			if (checksums.get(file) != null && checksums.get(file).equals(before.get(file))) {
				same.add(file);
			}
		}
		Set<String> carried = new HashSet<>();
		for (String file : same) {
			if (same.containsAll(GoneMarker.scopeMates(file, files))) {
				carried.add(file);
			}
		}
		for (String file : carried) {
			jdbc.update("UPDATE run_file SET carried_from = ?, rows_read = (SELECT p.rows_read FROM run_file p "
					+ "WHERE p.run_id = ? AND p.source = ?), rows_unchanged = (SELECT p.rows_new + p.rows_unchanged "
					+ "+ p.rows_updated FROM run_file p WHERE p.run_id = ? AND p.source = ?), rows_rejected = "
					+ "(SELECT p.rows_rejected FROM run_file p WHERE p.run_id = ? AND p.source = ?) "
					+ "WHERE run_id = ? AND source = ?", latest, latest, file, latest, file, latest, file, runId, file);
			jdbc.update(
					"INSERT INTO reject (run_id, source, source_line, reason, raw) SELECT ?, source, source_line, "
							+ "reason, raw FROM reject WHERE run_id = ? AND source = ? ORDER BY reject_id",
					runId, latest, file);
		}
	}

}
