package dev.reviewbatch.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import dev.reviewbatch.cli.ReviewBatchCli;
import dev.reviewbatch.sink.summary.RunSummaryJson;

/**
 * One in-process run of the command line, with what it printed and helpers to read what
 * it wrote.
 */
record CliRun(int exitCode, String out, String err, Path outDir) {

	static CliRun importInto(Path outDir, Path input, String... more) {
		List<String> args = new ArrayList<>(List.of("import", input.toString(), "--out", outDir.toString()));
		args.addAll(List.of(more));
		return run(outDir, args.toArray(String[]::new));
	}

	static CliRun run(Path outDir, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = ReviewBatchCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
		return new CliRun(code, out.toString(), err.toString(), outDir);
	}

	/**
	 * Per-file counts of the latest run summary JSON: source → {read, new, unchanged,
	 * updated, rejected}.
	 */
	Map<String, Map<String, Object>> files() {
		Map<String, Map<String, Object>> bySource = new LinkedHashMap<>();
		for (Map<String, Object> file : RunSummaryJson.files(latestSummary())) {
			bySource.put((String) file.get("source"), file);
		}
		return bySource;
	}

	long count(String source, String outcome) {
		return ((Number) files().get(source).get(outcome)).longValue();
	}

	Path latestSummary() {
		try (Stream<Path> runs = Files.list(outDir.resolve("runs"))) {
			return runs.filter(p -> p.toString().endsWith(".json"))
				.max(Comparator.comparingLong(CliRun::runNumber))
				.orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The rows of {@code clean/<name>}. */
	List<Map<String, String>> csv(String name) {
		return readCsv(outDir.resolve("clean").resolve(name));
	}

	/** The rows of {@code rejects.csv}. */
	List<Map<String, String>> rejects() {
		return readCsv(outDir.resolve("rejects.csv"));
	}

	static List<Map<String, String>> readCsv(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				rows.add(record.toMap());
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long runNumber(Path summary) {
		String name = summary.getFileName().toString();
		return Long.parseLong(name.substring(0, name.length() - ".json".length()));
	}
}
