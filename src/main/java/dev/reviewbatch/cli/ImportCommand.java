package dev.reviewbatch.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import dev.reviewbatch.job.ImportLauncher;
import dev.reviewbatch.job.RunSummaries;
import dev.reviewbatch.progress.ProgressConsole;
import dev.reviewbatch.progress.ProgressTarget;
import dev.reviewbatch.sink.summary.RunSummary;
import dev.reviewbatch.sink.summary.RunSummaryJson;
import dev.reviewbatch.sink.summary.RunSummaryText;
import dev.reviewbatch.source.ImportSources;
import dev.reviewbatch.source.letterboxd.NotAnExportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reviewbatch import PATH|URL}: imports one input into the store and writes the
 * clean files. An input no source reads, and unusable options, are refused with one line
 * (exit code 2) before the store is opened, so a refusal creates nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Imports an export, CSV, feed, saved page or article into the store, then writes clean files.",
				"After the import it writes clean CSV files, rejects.csv, a run summary and reports/. The input is "
						+ "recognised by its content.",
				"Importing the same input again changes nothing; a newer export adds what is new or changed and marks "
						+ "entries it no longer holds as gone. A run that died part-way resumes when run again.",
				"Progress shows on a terminal; elsewhere (a pipe, cron) a plain line now and then." })
class ImportCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "PATH|URL", description = { "One of:",
			"- a Letterboxd data export: the ZIP (read in place), the unpacked folder, or one CSV file of it;",
			"- a CSV in Letterboxd's import format, or a folder of them;",
			"- an IMDb \"Your Ratings\" CSV, or a folder of them;", "- an RSS feed, as a file or an http(s) URL;",
			"- a saved Letterboxd page (diary, films, watchlist, film, review);",
			"- a review article (HTML, Markdown or text);", "- a folder of such pages, feeds and articles." })
	String input;

	@Mixin
	StoreOptions store;

	@Option(names = "--no-report", description = "Do not write reports/ after a completed import.")
	boolean noReport;

	@Option(names = { "-q", "--quiet" }, description = "No progress lines; the summary is still printed.")
	boolean quiet;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		String refusal = refusal();
		if (refusal != null) {
			err.println("reviewbatch import: " + refusal);
			return ReviewBatchCli.CANNOT_RUN;
		}
		return store.run("import", err, context -> importAndReport(context, err));
	}

	/**
	 * The run, then the report (the summary's last phase), then the summary, printed even
	 * when the report fails.
	 */
	private int importAndReport(ConfigurableApplicationContext context, PrintWriter err) throws Exception {
		ProgressConsole progress = ProgressConsole.detect(err, quiet);
		context.getBean(ProgressTarget.class).showOn(progress);
		JobExecution execution = context.getBean(ImportLauncher.class).run(input, store.out);
		RunSummary summary = context.getBean(RunSummaries.class).of(execution, store.out);
		Path report = null;
		RuntimeException reportFailure = null;
		if (execution.getStatus() == BatchStatus.COMPLETED && !noReport) {
			progress.say("writing the report…");
			long start = System.nanoTime();
			try {
				report = ReportCommand.writeQuietly(context, store.out);
				summary = summary.withPhase("write_report", Duration.ofNanos(System.nanoTime() - start));
				RunSummaryJson.write(summary, store.out.resolve("runs"));
			}
			catch (RuntimeException ex) {
				reportFailure = ex;
			}
		}
		PrintWriter out = spec.commandLine().getOut();
		out.print(RunSummaryText.format(summary));
		if (report != null) {
			ReportCommand.say(report, out);
		}
		out.flush();
		if (reportFailure != null) {
			throw reportFailure;
		}
		return exitCode(execution, err);
	}

	/**
	 * Why the input or the options cannot be used, in one line naming the input, or
	 * {@code null}. Runs the same whole-input check as the job's first step, without
	 * opening the store: every input no source reads is refused here, before the launch.
	 * (The job's check stays as a safety net; should it fire, because the input changed
	 * under the run, the run has failed like any other.)
	 */
	private String refusal() {
		if (!isUrl(input) && !exists(input)) {
			return input + ": no such file or folder";
		}
		String options = store.usageProblem();
		if (options != null) {
			return options;
		}
		try {
			ImportSources.detect(input).overview();
			return null;
		}
		catch (NotAnExportException ex) {
			return ex.getMessage();
		}
		catch (UncheckedIOException ex) {
			return input + ": cannot be read: " + Errors.oneLine(ex);
		}
	}

	private static boolean isUrl(String input) {
		String lower = input.strip().toLowerCase(Locale.ROOT);
		return lower.startsWith("http://") || lower.startsWith("https://");
	}

	private static boolean exists(String input) {
		try {
			return Files.exists(Path.of(input));
		}
		catch (InvalidPathException ex) {
			return false;
		}
	}

	private int exitCode(JobExecution execution, PrintWriter err) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return ReviewBatchCli.OK;
		}
		Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
		err.println("reviewbatch import: the run " + execution.getStatus().name().toLowerCase() + ": "
				+ (failure == null ? "see the log" : Errors.oneLine(failure))
				+ "; run the same command again to resume after the last committed chunk");
		return ReviewBatchCli.FAILED;
	}

}
