package dev.reviewbatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import dev.reviewbatch.job.ImportLauncher;
import dev.reviewbatch.job.RunSummaries;
import dev.reviewbatch.sink.summary.RunSummaryText;
import dev.reviewbatch.source.letterboxd.NotAnExportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reviewbatch import PATH}: imports a Letterboxd export into the store and writes the clean files. */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Imports a Letterboxd data export into the store, then writes clean CSV files, "
				+ "rejects.csv and a run summary.",
				"Importing the same export again changes nothing; a newer export adds what is new or changed and marks "
						+ "entries it no longer holds as gone. A run that died part-way resumes when run again." })
class ImportCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "PATH",
			description = "A Letterboxd export ZIP (read in place), an unpacked export folder, or one CSV file of an export.")
	Path input;

	@Mixin
	StoreOptions store;

	@Option(names = "--no-report", description = "Do not write reports/ after a completed import.")
	boolean noReport;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		if (!Files.exists(input)) {
			err.println("reviewbatch import: " + input + ": no such file or folder");
			return ReviewBatchCli.CANNOT_RUN;
		}
		return store.run("import", err, context -> {
			JobExecution execution = context.getBean(ImportLauncher.class).run(input, store.out);
			spec.commandLine().getOut().print(RunSummaryText.format(context.getBean(RunSummaries.class)
				.of(execution, store.out)));
			spec.commandLine().getOut().flush();
			if (execution.getStatus() == BatchStatus.COMPLETED && !noReport) {
				ReportCommand.write(context, store.out, spec.commandLine().getOut());
			}
			return exitCode(execution, err);
		});
	}

	private int exitCode(JobExecution execution, PrintWriter err) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return ReviewBatchCli.OK;
		}
		Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
		NotAnExportException notAnExport = failure == null ? null : Errors.find(failure, NotAnExportException.class);
		if (notAnExport != null) {
			err.println("reviewbatch import: " + notAnExport.getMessage());
			return ReviewBatchCli.CANNOT_RUN;
		}
		err.println("reviewbatch import: the run " + execution.getStatus().name().toLowerCase() + ": "
				+ (failure == null ? "see the log" : Errors.oneLine(failure))
				+ "; run the same command again to resume after the last committed chunk");
		return ReviewBatchCli.FAILED;
	}
}
