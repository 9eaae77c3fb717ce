package dev.reviewbatch.sync;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox files already imported ({@code inbox_file}), by SHA-256 of their content, so
 * a renamed or re-dropped file is recognised. Thread-safe (stateless over JDBC).
 */
class InboxTable {

	/** The first import of some content: the file's name then, and its run. */
	record Imported(String fileName, long runId) {
	}

	private final JdbcTemplate jdbc;

	InboxTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The earlier import of this content, or null. */
	Imported find(String sha256) {
		List<Imported> rows = jdbc.query("SELECT file_name, run_id FROM inbox_file WHERE content_sha256 = ?",
				(rs, n) -> new Imported(rs.getString(1), rs.getLong(2)), sha256);
		return rows.isEmpty() ? null : rows.get(0);
	}

	void record(String sha256, String fileName, long size, long runId) {
		jdbc.update("INSERT INTO inbox_file (content_sha256, file_name, file_size, run_id, imported_at) "
				+ "VALUES (?, ?, ?, ?, ?)", sha256, fileName, size, runId, Timestamp.from(Instant.now()));
	}

}
