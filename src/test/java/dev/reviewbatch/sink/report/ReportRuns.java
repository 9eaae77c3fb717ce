package dev.reviewbatch.sink.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import dev.reviewbatch.cli.ReviewBatchCli;

/**
 * Test helpers: import an export with the real command line and read back the report it
 * wrote.
 */
final class ReportRuns {

	static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private ReportRuns() {
	}

	/**
	 * Imports {@code export} into a store under {@code out} (which also writes the
	 * report); returns {@code out/reports}.
	 */
	static Path importAndReport(Path export, Path out) {
		assertThat(ReviewBatchCli.execute("import", export.toString(), "--out", out.toString())).isZero();
		Path reports = out.resolve("reports");
		assertThat(reports.resolve("index.html")).exists();
		return reports;
	}

	static List<CSVRecord> data(Path reports, String table) {
		try (Reader reader = Files.newBufferedReader(reports.resolve("data").resolve(table + ".csv"),
				StandardCharsets.UTF_8)) {
			return READ.parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
