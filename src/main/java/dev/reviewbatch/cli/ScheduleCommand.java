package dev.reviewbatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import dev.reviewbatch.jobfile.JobFile;
import dev.reviewbatch.jobfile.JobFileException;
import dev.reviewbatch.jobfile.JobFileReader;
import dev.reviewbatch.jobfile.JobScheduler;
import dev.reviewbatch.jobfile.ScheduleLog;
import dev.reviewbatch.jobfile.ScheduleState;
import dev.reviewbatch.sync.StopSignal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reviewbatch schedule}: runs every job of {@code jobs/} that has a
 * {@code schedule:} until stopped. On SIGTERM or Ctrl-C the current run ends after its
 * current chunk (STOPPED; the next run resumes it) before the process exits.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, description = {
		"Runs the jobs that have a schedule, until stopped.",
		"Runs every job in the jobs folder that has a schedule: (cron), until stopped (SIGTERM or Ctrl-C). "
				+ "Runs go one at a time; a fire while the same job still runs is skipped and logged. A run missed while "
				+ "the scheduler was down runs once on start, unless the job says catch-up: false.",
		"Each run is logged to OUT/runs/schedule.log; the last fire per job is kept in OUT/runs/schedule-state.json. "
				+ "On SIGTERM the current run finishes its current chunk and stops; the next run resumes it." })
class ScheduleCommand implements Callable<Integer> {

	/**
	 * Shutdown hooks that would close the store (Spring's context hook) or the log under
	 * a running chunk; ours stops the run first and the command then closes its store
	 * itself. H2's own hook is switched off per URL.
	 */
	private static final List<String> OTHER_SHUTDOWN_HOOKS = List.of("spring.main.register-shutdown-hook",
			"logging.register-shutdown-hook");

	private static final String H2_KEEP_OPEN_ON_EXIT = ";DB_CLOSE_ON_EXIT=FALSE";

	@Option(names = "--jobs", defaultValue = "jobs", paramLabel = "DIR",
			description = "The folder of job files (default: ${DEFAULT-VALUE}).")
	Path jobsFolder;

	@Option(names = "--out", defaultValue = "output", paramLabel = "DIR",
			description = "Where runs/schedule.log and runs/schedule-state.json go (default: ${DEFAULT-VALUE}).")
	Path out;

	@Option(names = "--stop-wait-seconds", defaultValue = "120", paramLabel = "N",
			description = "On SIGTERM, how long to wait for the current run to stop (default: ${DEFAULT-VALUE}).")
	int stopWaitSeconds;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws InterruptedException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		List<JobFile> scheduled;
		try {
			scheduled = JobFileReader.readAll(jobsFolder).stream().filter(JobFile::scheduled).toList();
		}
		catch (JobFileException ex) {
			err.println("reviewbatch schedule: " + ex.getMessage());
			return ReviewBatchCli.CANNOT_RUN;
		}
		if (scheduled.isEmpty()) {
			err.println("reviewbatch schedule: no job in " + jobsFolder + " has a schedule:");
			return ReviewBatchCli.CANNOT_RUN;
		}
		OTHER_SHUTDOWN_HOOKS.forEach(property -> System.setProperty(property, "false"));
		JobScheduler scheduler = scheduler(scheduled, out, err);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				scheduler.stop(Duration.ofSeconds(stopWaitSeconds));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			stopped.countDown();
		}, "reviewbatch-schedule-stop"));
		scheduler.start();
		out.println("Scheduling " + scheduled.size() + " job(s); log: " + out().resolve("schedule.log")
				+ ". Stop with Ctrl-C or SIGTERM.");
		out.flush();
		stopped.await();
		return ReviewBatchCli.OK;
	}

	/** One stop signal for the scheduler and every run it starts. */
	private JobScheduler scheduler(List<JobFile> scheduled, PrintWriter out, PrintWriter err) {
		StopSignal stop = new StopSignal();
		return new JobScheduler(scheduled,
				job -> RunCommand.runOnce(job, out, err, ScheduleCommand::keepH2OpenOnExit, stop),
				ScheduleState.load(out().resolve("schedule-state.json")),
				new ScheduleLog(out().resolve("schedule.log")), stop);
	}

	/**
	 * Adds {@code --db} with H2's close-on-exit off, so a SIGTERM does not close the
	 * store under the chunk.
	 */
	static List<String> keepH2OpenOnExit(List<String> line) {
		StoreOptions store = new StoreOptions();
		int outAt = line.indexOf("--out");
		int dbAt = line.indexOf("--db");
		store.out = Path.of(outAt < 0 ? "output" : line.get(outAt + 1));
		store.db = dbAt < 0 ? null : line.get(dbAt + 1);
		String url = store.jdbcUrl();
		if (!url.startsWith("jdbc:h2:") || url.toUpperCase().contains("DB_CLOSE_ON_EXIT")) {
			return line;
		}
		List<String> adjusted = new java.util.ArrayList<>(line);
		if (dbAt >= 0) {
			adjusted.subList(dbAt, dbAt + 2).clear();
		}
		adjusted.addAll(List.of("--db", url + H2_KEEP_OPEN_ON_EXIT));
		return adjusted;
	}

	private Path out() {
		return out.resolve("runs");
	}

}
