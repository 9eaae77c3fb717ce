package dev.reviewbatch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.reviewbatch.source.csvformats.LetterboxdImportFileCheck;
import dev.reviewbatch.source.letterboxd.ExportFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reviewbatch validate FILE}: checks a CSV meant for Letterboxd's importer before
 * upload.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, description = {
		"Checks a CSV file meant for Letterboxd's importer before upload.",
		"It checks the header (unknown, duplicate or missing identifying columns), ratings (Rating 0.5-5 in "
				+ "half stars, Rating10 1-10), WatchedDate (real ISO dates), Rewatch (true/false), Year, encoding (UTF-8) and size (under 1 MB).",
		"Prints each problem with its line. Exit codes here: 0 no problems, 1 problems found, "
				+ "2 the file cannot be read." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no problems", "1:problems found (each printed with its line)",
				"2:the file cannot be read (missing, a folder, or CSV that cannot be parsed)" })
class ValidateCommand implements Callable<Integer> {

	static final int PROBLEMS_FOUND = 1;

	@Parameters(index = "0", paramLabel = "FILE", description = "The CSV file to check.")
	Path file;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!Files.isRegularFile(file)) {
			err.println("reviewbatch validate: " + file + ": no such file");
			return ReviewBatchCli.CANNOT_RUN;
		}
		try {
			String exportFile = exportFileKind(file);
			if (exportFile != null) {
				out.println(file + ": a Letterboxd export file (" + exportFile + "), not a file in Letterboxd's import "
						+ "format; import it with 'reviewbatch import', or write import files with "
						+ "'reviewbatch export --format letterboxd'");
				out.flush();
				return PROBLEMS_FOUND;
			}
			LetterboxdImportFileCheck.Report report = LetterboxdImportFileCheck.check(file);
			report.problems().forEach(problem -> out.println(problem.describe()));
			out.println(report.problems().isEmpty()
					? file + ": ready for Letterboxd's importer (" + report.records() + " rows)"
					: file + ": " + report.problems().size() + " problem(s) in " + report.records() + " rows");
			out.flush();
			return report.problems().isEmpty() ? ReviewBatchCli.OK : PROBLEMS_FOUND;
		}
		catch (IOException ex) {
			err.println("reviewbatch validate: " + file + ": " + ex.getMessage());
			return ReviewBatchCli.CANNOT_RUN;
		}
	}

	/**
	 * Which file of a Letterboxd data export the file's header is exactly that of
	 * ({@code diary}, …), or {@code null}. Files that share a header (watched, watchlist,
	 * liked films) are told apart by the file's name.
	 */
	static String exportFileKind(Path file) throws IOException {
		String header;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			header = reader.readLine();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
		if (header == null) {
			return null;
		}
		String line = header.startsWith("\uFEFF") ? header.substring(1) : header;
		List<ExportFile> matching = Arrays.stream(ExportFile.values()).filter(f -> f.header().equals(line)).toList();
		if (matching.isEmpty()) {
			return null;
		}
		List<ExportFile> named = ExportFile.at(file.getFileName().toString())
			.filter(matching::contains)
			.map(List::of)
			.orElse(matching);
		List<String> labels = named.stream().map(ValidateCommand::label).toList();
		return labels.size() == 1 ? labels.get(0)
				: String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
	}

	private static String label(ExportFile file) {
		return file.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
