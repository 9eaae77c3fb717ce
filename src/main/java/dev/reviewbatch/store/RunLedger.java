package dev.reviewbatch.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.reviewbatch.domain.Provenance;

/**
 * The ledger of import runs in the store: per input file, how many rows were read and what became of them;
 * the rejects; and what changed. Written inside each chunk's transaction, so the counts are exact across
 * crashes and restarts, and double as the restart position ({@link #consumed}). Thread-safe (stateless over
 * JDBC).
 */
public class RunLedger {

	/** Counts for one input file of one run. rows read = new + unchanged + updated + rejected. */
	public record FileCounts(String source, long read, long created, long unchanged, long updated, long rejected) {

		public boolean reconciles() {
			return read == created + unchanged + updated + rejected;
		}
	}

	/** One change beyond a new row: a rating change, an edited review, an entry gone since the last export. */
	public record Change(String category, String subject, String detail, Provenance from) {
	}

	/** One rejected row or file. */
	public record Reject(String source, long line, String reason, String raw) {
	}

	private final JdbcTemplate jdbc;

	public RunLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the start of a run once; a restart of the same run keeps the first record. */
	public void begin(long runId, String input, String account, boolean completeExport, List<String> files,
			List<String> ignored) {
		Integer exists = jdbc.queryForObject("SELECT COUNT(*) FROM import_run WHERE run_id = ?", Integer.class, runId);
		if (exists != null && exists > 0) {
			return;
		}
		jdbc.update("INSERT INTO import_run (run_id, input, account, complete_export, ignored_files, started_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?)", runId, input, account, completeExport, String.join("\n", ignored),
				Timestamp.from(Instant.now()));
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			rows.add(new Object[] { runId, files.get(i), i });
		}
		jdbc.batchUpdate("INSERT INTO run_file (run_id, source, file_order, rows_read, rows_new, rows_unchanged, "
				+ "rows_updated, rows_rejected) VALUES (?, ?, ?, 0, 0, 0, 0, 0)", rows);
	}

	/** Rows of {@code source} already committed in this run (the restart position). */
	public long consumed(long runId, String source) {
		List<Long> read = jdbc.queryForList("SELECT rows_read FROM run_file WHERE run_id = ? AND source = ?",
				Long.class, runId, source);
		return read.isEmpty() ? 0 : read.get(0);
	}

	/** Adds one chunk's outcomes, per source file, in the caller's transaction. */
	public void add(long runId, Map<String, Map<Outcome, Long>> outcomesBySource) {
		List<Object[]> rows = new ArrayList<>();
		outcomesBySource.forEach((source, outcomes) -> {
			long total = outcomes.values().stream().mapToLong(Long::longValue).sum();
			rows.add(new Object[] { total, get(outcomes, Outcome.NEW), get(outcomes, Outcome.UNCHANGED),
					get(outcomes, Outcome.UPDATED), get(outcomes, Outcome.REJECTED), runId, source });
		});
		int[] updated = jdbc.batchUpdate("UPDATE run_file SET rows_read = rows_read + ?, rows_new = rows_new + ?, "
				+ "rows_unchanged = rows_unchanged + ?, rows_updated = rows_updated + ?, "
				+ "rows_rejected = rows_rejected + ? WHERE run_id = ? AND source = ?", rows);
		for (int i = 0; i < updated.length; i++) {
			if (updated[i] == 0) {
				throw new IllegalStateException("run " + runId + " has no ledger row for " + rows.get(i)[6]);
			}
		}
	}

	/** Records that {@code source} was refused as a whole in this run, in the caller's transaction. */
	public void refused(long runId, String source) {
		jdbc.update("UPDATE run_file SET refused = TRUE WHERE run_id = ? AND source = ?", runId, source);
	}

	/** The files of a run that were read completely (not refused as a whole), in order. */
	public List<String> filesReadCompletely(long runId) {
		return jdbc.queryForList("SELECT source FROM run_file WHERE run_id = ? AND NOT refused ORDER BY file_order",
				String.class, runId);
	}

	/** The files of a run that were refused as a whole, in order. */
	public List<String> filesRefused(long runId) {
		return jdbc.queryForList("SELECT source FROM run_file WHERE run_id = ? AND refused ORDER BY file_order",
				String.class, runId);
	}

	public void reject(long runId, List<Reject> rejects) {
		jdbc.batchUpdate("INSERT INTO reject (run_id, source, source_line, reason, raw) VALUES (?, ?, ?, ?, ?)",
				rejects.stream().map(r -> new Object[] { runId, r.source(), r.line(), r.reason(), r.raw() }).toList());
	}

	public void changed(long runId, List<Change> changes) {
		jdbc.batchUpdate("INSERT INTO run_change (run_id, category, subject, detail, source, source_line) "
				+ "VALUES (?, ?, ?, ?, ?, ?)",
				changes.stream()
					.map(c -> new Object[] { runId, c.category(), c.subject(), c.detail(),
							c.from() == null ? null : c.from().source(), c.from() == null ? null : c.from().line() })
					.toList());
	}

	/** The run as begun: input, account, whether a whole export, ignored files. */
	public record Run(long runId, String input, String account, boolean completeExport, List<String> ignored) {
	}

	/** The run, or one with no files when its input was refused before the run began. */
	public Run run(long runId, String input) {
		List<Run> runs = jdbc.query("SELECT input, account, complete_export, ignored_files FROM import_run "
				+ "WHERE run_id = ?", (rs, n) -> new Run(runId, rs.getString(1), rs.getString(2), rs.getBoolean(3),
						rs.getString(4) == null || rs.getString(4).isEmpty() ? List.of()
								: List.of(rs.getString(4).split("\n"))),
				runId);
		return runs.isEmpty() ? new Run(runId, input, "", false, List.of()) : runs.get(0);
	}

	public List<FileCounts> files(long runId) {
		return jdbc.query("SELECT source, rows_read, rows_new, rows_unchanged, rows_updated, rows_rejected "
				+ "FROM run_file WHERE run_id = ? ORDER BY file_order", (rs, n) -> new FileCounts(rs.getString(1),
						rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)), runId);
	}

	/** Number of changes per category in a run, in category order. */
	public Map<String, Long> changeCounts(long runId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.query("SELECT category, COUNT(*) FROM run_change WHERE run_id = ? GROUP BY category ORDER BY category",
				rs -> {
					counts.put(rs.getString(1), rs.getLong(2));
				}, runId);
		return counts;
	}

	public List<Change> changes(long runId, int limit) {
		return jdbc.query("SELECT category, subject, detail, source, source_line FROM run_change WHERE run_id = ? "
				+ "ORDER BY change_id FETCH FIRST " + limit + " ROWS ONLY",
				(rs, n) -> new Change(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4) == null ? null : new Provenance.CsvLine(rs.getString(4), rs.getLong(5))),
				runId);
	}

	public List<Reject> rejects(long runId) {
		return jdbc.query("SELECT source, source_line, reason, raw FROM reject WHERE run_id = ? ORDER BY reject_id",
				(rs, n) -> new Reject(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)), runId);
	}

	private static long get(Map<Outcome, Long> outcomes, Outcome outcome) {
		return outcomes.getOrDefault(outcome, 0L);
	}

	/** A fresh per-source outcome tally for one chunk. */
	public static Map<String, Map<Outcome, Long>> tally() {
		return new HashMap<>();
	}
}
