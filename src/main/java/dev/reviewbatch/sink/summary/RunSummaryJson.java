package dev.reviewbatch.sink.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.reviewbatch.sink.AtomicFile;
import dev.reviewbatch.store.RunLedger.FileCounts;

/**
 * Writes a {@link RunSummary} as JSON ({@code runs/<run-id>.json}) with stable field
 * names: {@code files[]} with
 * {@code source, read, new, unchanged, updated, rejected, reconciles}, and {@code phases}
 * with the wall seconds of each phase
 * ({@code inspect_input, import_rows, mark_gone, write_clean_files, write_run_summary, write_report}).
 * Replaces the file atomically.
 */
public final class RunSummaryJson {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private RunSummaryJson() {
	}

	public static Path write(RunSummary summary, Path runsFolder) {
		Path target = runsFolder.resolve(summary.runId() + ".json");
		AtomicFile.writeString(target, JSON.writeValueAsString(toMap(summary)) + "\n");
		return target;
	}

	static Map<String, Object> toMap(RunSummary summary) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("run_id", summary.runId());
		map.put("input", summary.input());
		map.put("account", summary.account());
		map.put("status", summary.status());
		map.put("elapsed_seconds", summary.elapsed().toMillis() / 1000.0);
		map.put("reconciles", summary.reconciles());
		map.put("check", "for every file: read = new + unchanged + updated + rejected");
		map.put("files", summary.files().stream().map(RunSummaryJson::file).toList());
		map.put("total", file(summary.total()));
		map.put("changes", summary.changeCounts());
		map.put("change_examples", summary.changes().stream().map(c -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("category", c.category());
			m.put("subject", c.subject());
			m.put("detail", c.detail());
			m.put("from", c.from() == null ? null : c.from().describe());
			return m;
		}).toList());
		map.put("ignored_files", summary.ignoredFiles());
		map.put("rejects_file", summary.outputFolder() + "/rejects.csv");
		Map<String, Object> phases = new LinkedHashMap<>();
		summary.phases().forEach(phase -> phases.put(phase.name(), phase.wall().toMillis() / 1000.0));
		map.put("phases", phases);
		return map;
	}

	private static Map<String, Object> file(FileCounts f) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("source", f.source());
		m.put("read", f.read());
		m.put("new", f.created());
		m.put("unchanged", f.unchanged());
		m.put("updated", f.updated());
		m.put("rejected", f.rejected());
		m.put("reconciles", f.reconciles());
		return m;
	}

	/**
	 * Reads back the per-file counts of a summary file (for tests and the next sync's
	 * "since last run").
	 */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> files(Path summaryFile) {
		try {
			Map<String, Object> map = JSON.readValue(Files.readString(summaryFile), Map.class);
			return (List<Map<String, Object>>) map.get("files");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
