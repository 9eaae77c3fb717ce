package dev.reviewbatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import dev.reviewbatch.jobfile.JobFile;
import dev.reviewbatch.jobfile.JobFileException;
import dev.reviewbatch.jobfile.JobFileReader;
import dev.reviewbatch.sync.StopSignal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reviewbatch run jobs/NAME.yml}: runs the job a job file describes, once, as its
 * own command would.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = { "Runs one job file of jobs/ once.",
				"An import job runs as `import INPUT --out …` (once per input), a sync job as `sync …`, a report job "
						+ "as `report …`, with the options the file gives.",
				"A job file with an unknown key, a missing input or a bad cron expression is refused (exit code 2) "
						+ "with one line naming the file, the key and the reason." })
class RunCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "JOB_FILE", description = "A job file, e.g. jobs/nightly-sync.yml.")
	Path file;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		JobFile job;
		try {
			job = JobFileReader.read(file);
		}
		catch (JobFileException ex) {
			err.println("reviewbatch run: " + ex.getMessage());
			return ReviewBatchCli.CANNOT_RUN;
		}
		return runOnce(job, spec.commandLine().getOut(), err);
	}

	/**
	 * Runs each of the job's command lines in turn, stopping at the first that does not
	 * exit 0.
	 */
	static int runOnce(JobFile job, PrintWriter out, PrintWriter err) {
		return runOnce(job, out, err, UnaryOperator.identity(), new StopSignal());
	}

	/**
	 * As {@link #runOnce(JobFile, PrintWriter, PrintWriter)}, each command line adjusted
	 * first, and its runs stopped after their current chunk when {@code stop} is raised.
	 */
	static int runOnce(JobFile job, PrintWriter out, PrintWriter err, UnaryOperator<List<String>> adjust,
			StopSignal stop) {
		for (List<String> original : job.commandLines()) {
			List<String> line = adjust.apply(original);
			out.println("== " + job.name() + ": reviewbatch " + String.join(" ", line));
			out.flush();
			int code = ReviewBatchCli.execute(stop, out, err, line.toArray(String[]::new));
			if (code != ReviewBatchCli.OK) {
				return code;
			}
		}
		return ReviewBatchCli.OK;
	}

}
