package dev.reviewbatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.reviewbatch.source.csvformats.LetterboxdImportFileCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reviewbatch validate FILE}: checks a CSV meant for Letterboxd's importer before upload. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "Checks a CSV file meant for Letterboxd's importer before upload: header (unknown, duplicate "
				+ "or missing identifying columns), ratings (Rating 0.5-5 in half stars, Rating10 1-10), "
				+ "WatchedDate (real ISO dates), Rewatch (true/false), Year, encoding (UTF-8) and size (under 1 MB).",
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
}
