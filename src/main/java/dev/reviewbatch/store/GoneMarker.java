package dev.reviewbatch.store;

import dev.reviewbatch.domain.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After a whole export of an account is imported: marks live entries of that account that
 * the export no longer holds as {@code GONE} (kept, never deleted), and records each as a
 * change of the run. Only entry kinds whose file was part of the export and read
 * completely are considered: an export without a watchlist file leaves the watchlist
 * alone, and a file refused as a whole (NUL bytes, an entry that cannot be read) marks
 * nothing, nor does any kind it shares with another file (viewings come from diary and
 * reviews). An entry marked gone is live again when a later import sees it (the writers
 * restore it).
 */
public class GoneMarker {

	/** A table of entries, which export files fill it, and how to name a gone entry. */
	private record Scope(String table, Set<String> files, String extraCondition, String subjectSql) {
	}

	private static final String FILM_SUBJECT = "(SELECT f.title FROM film f WHERE f.film_key = t.film_key)";

	private static final List<Scope> SCOPES = List.of(
			// viewings that so far came only from a feed or page are newer than any
			// export, not gone from it
			new Scope("viewing", Set.of("diary.csv", "reviews.csv"), " AND NOT t.secondary", FILM_SUBJECT),
			new Scope("current_rating", Set.of("ratings.csv"), "", FILM_SUBJECT),
			new Scope("film_mark", Set.of("watched.csv"), " AND t.kind = 'WATCHED'", FILM_SUBJECT),
			new Scope("film_mark", Set.of("watchlist.csv"), " AND t.kind = 'WATCHLIST'", FILM_SUBJECT),
			new Scope("film_mark", Set.of("likes/films.csv"), " AND t.kind = 'LIKED_FILM'", FILM_SUBJECT),
			new Scope("link_like", Set.of("likes/reviews.csv", "likes/lists.csv"), "", "t.target"),
			new Scope("film_list", Set.of("lists/"), "", "t.name"),
			new Scope("list_entry", Set.of("lists/"), "", "t.list_key"),
			new Scope("user_comment", Set.of("comments.csv"), "", "t.target"));

	private final JdbcTemplate jdbc;

	private final RunLedger ledger;

	public GoneMarker(JdbcTemplate jdbc, RunLedger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	/**
	 * Marks what {@code account}'s export of run {@code runId} no longer holds; returns
	 * counts per table.
	 * @param filesRead the export's files this run read completely
	 * @param filesRefused the export's files this run refused as a whole
	 */
	public Map<String, Integer> markGone(long runId, String account, List<String> filesRead,
			List<String> filesRefused) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Scope scope : SCOPES) {
			if (filesRead.stream().anyMatch(file -> covers(scope, file))
					&& filesRefused.stream().noneMatch(file -> covers(scope, file))) {
				int gone = mark(scope, runId, account);
				counts.merge(scope.table(), gone, Integer::sum);
			}
		}
		return counts;
	}

	/**
	 * The files of {@code files} whose entries are judged together with {@code file}'s
	 * when marking gone (the file itself included): diary and reviews for viewings, every
	 * list file for lists.
	 */
	public static Set<String> scopeMates(String file, List<String> files) {
		Set<String> mates = new java.util.LinkedHashSet<>();
		mates.add(file);
		for (Scope scope : SCOPES) {
			if (covers(scope, file)) {
				files.stream().filter(other -> covers(scope, other)).forEach(mates::add);
			}
		}
		return mates;
	}

	private static boolean covers(Scope scope, String file) {
		return scope.files().stream().anyMatch(f -> f.endsWith("/") ? file.startsWith(f) : file.equals(f));
	}

	private int mark(Scope scope, long runId, String account) {
		return scope.table().equals("viewing") ? markViewings(runId, account) : markRows(scope, runId, account);
	}

	/**
	 * Viewings: a viewing this run saw unchanged is in its seen ranges ({@link SeenIds});
	 * one it wrote has this run as its last seen run. The live ones of the account are
	 * read in id order beside the ranges, and only those in neither are read again (for
	 * the change list) and marked.
	 */
	private int markViewings(long runId, String account) {
		List<long[]> ranges = jdbc.query("SELECT first_id, last_id FROM run_seen WHERE run_id = ? ORDER BY first_id",
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }, runId);
		List<Long> gone = new ArrayList<>();
		int[] next = { 0 };
		jdbc.query("SELECT id FROM viewing WHERE account = ? AND state = 'LIVE' AND last_seen_run < ? "
				+ "AND NOT secondary ORDER BY id", (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
					long id = rs.getLong(1);
					while (next[0] < ranges.size() && ranges.get(next[0])[1] < id) {
						next[0]++;
					}
					if (next[0] == ranges.size() || ranges.get(next[0])[0] > id) {
						gone.add(id);
					}
				}, account, runId);
		// listed in key order, as the other tables' gone entries are
		java.util.TreeMap<String, RunLedger.Change> changes = new java.util.TreeMap<>();
		for (Long id : gone) {
			jdbc.query("SELECT " + FILM_SUBJECT + ", t.source, t.source_line, t.row_key FROM viewing t WHERE t.id = ?",
					rs -> {
						String subject = rs.getString(1) == null ? "(unknown)" : rs.getString(1);
						changes.put(rs.getString(4),
								new RunLedger.Change("gone", subject, "viewing entry absent from this export",
										new Provenance.CsvLine(rs.getString(2), rs.getLong(3))));
					}, id);
		}
		ledger.changed(runId, new ArrayList<>(changes.values()));
		jdbc.batchUpdate("UPDATE viewing SET state = 'GONE' WHERE id = ?",
				gone.stream().map(id -> new Object[] { id }).toList());
		return gone.size();
	}

	private int markRows(Scope scope, long runId, String account) {
		String where = " WHERE t.account = ? AND t.state = 'LIVE' AND t.last_seen_run < ?" + scope.extraCondition();
		List<RunLedger.Change> changes = new ArrayList<>();
		jdbc.query("SELECT " + scope.subjectSql() + ", t.source, t.source_line FROM " + scope.table() + " t" + where,
				rs -> {
					String subject = rs.getString(1) == null ? "(unknown)" : rs.getString(1);
					changes.add(new RunLedger.Change("gone", subject, scope.table() + " entry absent from this export",
							new Provenance.CsvLine(rs.getString(2), rs.getLong(3))));
				}, account, runId);
		ledger.changed(runId, changes);
		return jdbc.update("UPDATE " + scope.table() + " t SET state = 'GONE'" + where, account, runId);
	}

}
