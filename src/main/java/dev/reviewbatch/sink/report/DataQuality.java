package dev.reviewbatch.sink.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.reviewbatch.store.RunLedger;

/**
 * Data quality: the rejects of each account's latest run, by reason (quoted values
 * replaced by {@code …}, so that one kind of defect is one row) and by file; and what the
 * latest run of the store read and changed. Immutable.
 */
record DataQuality(Map<String, Long> rejectsByReason, Map<String, Long> rejectsByFile, Long latestRun,
		List<RunLedger.FileCounts> latestFiles, List<RunLedger.Change> latestChanges) {

	DataQuality {
		rejectsByReason = java.util.Collections.unmodifiableMap(new TreeMap<>(rejectsByReason));
		rejectsByFile = java.util.Collections.unmodifiableMap(new TreeMap<>(rejectsByFile));
		latestFiles = List.copyOf(latestFiles);
		latestChanges = List.copyOf(latestChanges);
	}

	static DataQuality of(ReportQueries q, JdbcTemplate jdbc) {
		Map<String, Long> byReason = new TreeMap<>();
		Map<String, Long> byFile = new TreeMap<>();
		q.latestRejects(rs -> {
			byFile.merge(rs.getString(1), rs.getLong(3), Long::sum);
			byReason.merge(kind(rs.getString(2)), rs.getLong(3), Long::sum);
		});
		Long latest = q.latestRun();
		RunLedger ledger = new RunLedger(jdbc);
		return new DataQuality(byReason, byFile, latest, latest == null ? List.of() : ledger.files(latest),
				latest == null ? List.of() : ledger.changes(latest, Integer.MAX_VALUE));
	}

	/**
	 * The reason with its quoted values left out: {@code Rating "5.5": above 5 stars} →
	 * {@code Rating "…": above 5 stars}.
	 */
	static String kind(String reason) {
		return reason.replaceAll("\"[^\"]*\"", "\"…\"");
	}

	long rejects() {
		return rejectsByFile.values().stream().mapToLong(Long::longValue).sum();
	}

	List<ReportTable> tables() {
		List<List<String>> reasons = new ArrayList<>();
		rejectsByReason.forEach((reason, count) -> reasons.add(List.of(reason, count.toString())));
		reasons.sort((a, b) -> Long.compare(Long.parseLong(b.get(1)), Long.parseLong(a.get(1))));
		List<List<String>> files = new ArrayList<>();
		rejectsByFile.forEach((file, count) -> files.add(List.of(file, count.toString())));
		String run = latestRun == null ? "" : latestRun.toString();
		return List.of(
				ReportTable
					.of("rejects_by_reason", "Rejected rows by reason (latest run of each account)",
							List.of("reason", "rejects"), reasons)
					.showing(20),
				ReportTable
					.of("rejects_by_file", "Rejected rows by file (latest run of each account)",
							List.of("file", "rejects"), files)
					.showing(20),
				ReportTable
					.of("latest_run_files", "What the latest import read",
							List.of("run_id", "file", "read", "new", "unchanged", "updated", "rejected"),
							latestFiles.stream()
								.map(f -> List.of(run, f.source(), Long.toString(f.read()), Long.toString(f.created()),
										Long.toString(f.unchanged()), Long.toString(f.updated()),
										Long.toString(f.rejected())))
								.toList())
					.showing(30),
				ReportTable
					.of("latest_run_changes", "What the latest import changed",
							List.of("run_id", "category", "subject", "detail", "source"),
							latestChanges.stream()
								.map(c -> List.of(run, c.category(), c.subject(), Figures.text(c.detail()),
										c.from() == null ? "" : c.from().describe()))
								.toList())
					.showing(30));
	}
}
