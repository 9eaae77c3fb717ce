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
 * The ledger of import runs in the store: per input file, how many rows were read and
 * what became of them; the rejects; and what changed. Written inside each chunk's
 * transaction, so the counts are exact across crashes and restarts, and double as the
 * restart position ({@link #consumed}). Thread-safe (stateless over JDBC).
 */
public class RunLedger {

	/**
	 * Counts for one input file of one run. rows read = new + unchanged + updated +
	 * rejected.
	 */
	public record FileCounts(String source, long read, long created, long unchanged, long updated, long rejected) {

		public boolean reconciles() {
			return read == created + unchanged + updated + rejected;
		}
	}

	/**
	 * One change beyond a new row: a rating change, an edited review, an entry gone since
	 * the last export.
	 */
	public record Change(String category, String subject, String detail, Provenance from) {
	}

	/** One rejected row or file. */
	public record Reject(String source, long line, String reason, String raw) {
	}

	private final JdbcTemplate jdbc;

	public RunLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the start of a run once; a restart of the same run keeps the first record.
	 */
	public void begin(long runId, String input, String account, boolean completeExport, List<String> files,
			List<String> ignored) {
		begin(runId, input, account, completeExport, files, ignored, Map.of());
	}

	/**
	 * Records the start of a run once (a restart of the same run keeps the first record),
	 * with each file's SHA-256 where known. A file whose bytes are those the account's
	 * latest import read completely is carried ({@link FileCarry}): its counts (all its
	 * rows unchanged) and rejects are copied from that run, and it is not read again.
	 */
	public void begin(long runId, String input, String account, boolean completeExport, List<String> files,
			List<String> ignored, Map<String, String> checksums) {
		Integer exists = jdbc.queryForObject("SELECT COUNT(*) FROM import_run WHERE run_id = ?", Integer.class, runId);
		if (exists != null && exists > 0) {
			return;
		}
		jdbc.update(
				"INSERT INTO import_run (run_id, input, account, complete_export, ignored_files, started_at) "
						+ "VALUES (?, ?, ?, ?, ?, ?)",
				runId, input, account, completeExport, String.join("\n", ignored), Timestamp.from(Instant.now()));
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			rows.add(new Object[] { runId, files.get(i), i, checksums.get(files.get(i)) });
		}
		jdbc.batchUpdate("INSERT INTO run_file (run_id, source, file_order, rows_read, rows_new, rows_unchanged, "
				+ "rows_updated, rows_rejected, sha256) VALUES (?, ?, ?, 0, 0, 0, 0, 0, ?)", rows);
		new FileCarry(jdbc).carry(runId, account, files, checksums);
	}

	/**
	 * Rows of {@code source} already committed in this run (the restart position), or
	 * {@link Long#MAX_VALUE} when the file is carried from an earlier run and none of its
	 * rows is to be read.
	 */
	public long consumed(long runId, String source) {
		List<Map<String, Object>> read = jdbc.queryForList(
				"SELECT rows_read, carried_from FROM run_file WHERE run_id = ? AND source = ?", runId, source);
		if (read.isEmpty()) {
			return 0;
		}
		return read.get(0).get("carried_from") != null ? Long.MAX_VALUE
				: ((Number) read.get(0).get("rows_read")).longValue();
	}

	/**
	 * Marks the run's rows stored and its gone entries marked: its files may be carried
	 * by a later run.
	 */
	public void finished(long runId) {
		jdbc.update("UPDATE import_run SET finished = TRUE WHERE run_id = ?", runId);
	}

	/**
	 * True when every file of the run was carried from an earlier run (the run changed
	 * nothing).
	 */
	public boolean allCarried(long runId) {
		Integer reread = jdbc.queryForObject("SELECT COUNT(*) FROM run_file WHERE run_id = ? AND carried_from IS NULL",
				Integer.class, runId);
		return reread != null && reread == 0;
	}

	/** The highest run id below {@code runId} in the store, or 0. */
	public long previousRun(long runId) {
		Long previous = jdbc.queryForObject("SELECT MAX(run_id) FROM import_run WHERE run_id < ?", Long.class, runId);
		return previous == null ? 0 : previous;
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

	/**
	 * Records that {@code source} was refused as a whole in this run, in the caller's
	 * transaction.
	 */
	public void refused(long runId, String source) {
		jdbc.update("UPDATE run_file SET refused = TRUE WHERE run_id = ? AND source = ?", runId, source);
	}

	/**
	 * The files this run read completely (not refused as a whole, not carried from an
	 * earlier run), in order.
	 */
	public List<String> filesReadCompletely(long runId) {
		return jdbc.queryForList("SELECT source FROM run_file WHERE run_id = ? AND NOT refused "
				+ "AND carried_from IS NULL ORDER BY file_order", String.class, runId);
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
		jdbc.batchUpdate(
				"INSERT INTO run_change (run_id, category, subject, detail, source, source_line) "
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
		List<Run> runs = jdbc.query(
				"SELECT input, account, complete_export, ignored_files FROM import_run " + "WHERE run_id = ?",
				(rs, n) -> new Run(runId, rs.getString(1), rs.getString(2), rs.getBoolean(3),
						rs.getString(4) == null || rs.getString(4).isEmpty() ? List.of()
								: List.of(rs.getString(4).split("\n"))),
				runId);
		return runs.isEmpty() ? new Run(runId, input, "", false, List.of()) : runs.get(0);
	}

	public List<FileCounts> files(long runId) {
		return jdbc.query(
				"SELECT source, rows_read, rows_new, rows_unchanged, rows_updated, rows_rejected "
						+ "FROM run_file WHERE run_id = ? ORDER BY file_order",
				(rs, n) -> new FileCounts(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6)),
				runId);
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
		return jdbc.query(
				"SELECT category, subject, detail, source, source_line FROM run_change WHERE run_id = ? "
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
