package dev.reviewbatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.reviewbatch.sink.export.LetterboxdImportWriter;
import dev.reviewbatch.sink.export.StoreDumpWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reviewbatch export --format letterboxd|csv|jsonl}: writes the store out of
 * reviewbatch.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = {
				"Writes the store out: files for Letterboxd's importer, or one CSV or JSON Lines file per table.",
				"'letterboxd' writes letterboxd-import-001.csv, … each under 1 MB: one row per viewing, then one per "
						+ "rated film without one. 'csv' and 'jsonl' write one file per table of the store; their "
						+ "columns are described in docs/export-schemas.md",
				"Reads the store only. Files of an earlier export in the target folder are replaced." })
class ExportCommand implements Callable<Integer> {

	/** The formats, as typed on the command line. */
	enum Format {

		letterboxd, csv, jsonl

	}

	@Option(names = "--format", required = true, paramLabel = "FORMAT", description = "letterboxd, csv or jsonl.")
	Format format;

	@Option(names = "--to", paramLabel = "DIR", description = "Target folder (default: <out>/export/<format>/).")
	Path to;

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		if (store.db == null && System.getenv("REVIEWBATCH_DB_URL") == null && !Files.exists(storeFile())) {
			err.println(
					"reviewbatch export: no store at " + store.describeStore() + "; run 'reviewbatch import' first");
			return ReviewBatchCli.CANNOT_RUN;
		}
		Path target = to != null ? to : store.out.resolve("export").resolve(format.name());
		return store.run("export", err, context -> {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			if (format == Format.letterboxd) {
				letterboxd(jdbc, target);
			}
			else {
				dump(jdbc, target, format == Format.csv ? StoreDumpWriter.Format.CSV : StoreDumpWriter.Format.JSONL);
			}
			return ReviewBatchCli.OK;
		});
	}

	private void letterboxd(JdbcTemplate jdbc, Path target) {
		LetterboxdImportWriter.Result result = new LetterboxdImportWriter(jdbc).write(target);
		PrintWriter out = spec.commandLine().getOut();
		out.printf(Locale.ROOT, "Letterboxd import files: %d viewing rows, %d rating rows in %d file(s)%n",
				result.viewingRows(), result.ratingRows(), result.files().size());
		result.files().forEach(file -> out.println("  " + file.toAbsolutePath().normalize()));
		if (result.oversizedRecords() > 0) {
			spec.commandLine()
				.getErr()
				.println("reviewbatch export: warning: " + result.oversizedRecords()
						+ " record(s) are over 1 MB on their own; Letterboxd's importer will refuse their files");
		}
		out.flush();
	}

	private void dump(JdbcTemplate jdbc, Path target, StoreDumpWriter.Format dumpFormat) {
		Map<String, Long> rows = new StoreDumpWriter(jdbc).write(target, dumpFormat);
		PrintWriter out = spec.commandLine().getOut();
		out.println("Store dump (" + dumpFormat.extension() + "): " + target.toAbsolutePath().normalize());
		rows.forEach((table, count) -> out.printf(Locale.ROOT, "  %-16s %,d%n", table, count));
		out.flush();
	}

	private Path storeFile() {
		String file = store.describeStore();
		return Path.of(file);
	}

}
