package dev.reviewbatch.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.reviewbatch.store.RunLedger;
import dev.reviewbatch.store.RunNumbers;
import dev.reviewbatch.store.StoreLock;

/**
 * Runs the import job for one input: takes the store lock, recovers executions a killed
 * process left STARTED, restarts the last run when it failed on the same input (resuming
 * after its last committed chunk), and otherwise starts a new run. Decides only how to
 * launch; the job itself is {@link ImportLetterboxdJobConfiguration}.
 * <p>
 * A new run's id (its {@code run} parameter) follows the highest run the store knows, in
 * the ledger or in the job repository: import runs are numbered 1, 2, 3 … whatever other
 * jobs (report, sync) share the repository's instance ids. In a store written when run
 * ids were the instance ids, the ledger holds those ids, so the numbering continues.
 * <p>
 * {@link #runInAccount} does the same for one input of one account of a multi-account
 * run, where other accounts are imported at the same time: the caller holds the account's
 * lock, and only that input's executions are recovered and restarted.
 */
@Component
public class ImportLauncher {

	private static final Logger log = LoggerFactory.getLogger(ImportLauncher.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final DataSource dataSource;

	private final RunLedger ledger;

	public ImportLauncher(JobOperator jobOperator, JobRepository jobRepository,
			@Qualifier("importLetterboxdJob") Job job, DataSource dataSource, RunLedger ledger) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.dataSource = dataSource;
		this.ledger = ledger;
	}

	/**
	 * Imports one input of an account whose lock ({@code store.AccountLock}) the caller
	 * holds: an execution of this input still STARTED belongs to a process that died; the
	 * input's last run is resumed when it failed, else a new run starts. Writes no clean
	 * files (the caller writes the account's).
	 */
	public JobExecution runInAccount(String input, Path out) throws Exception {
		String inputPath = isUrl(input) ? input.strip() : Path.of(input).toAbsolutePath().normalize().toString();
		JobHistory history = new JobHistory(jobRepository, jobOperator, dataSource);
		if (history.recoverAbandoned(job.getName(), "input", inputPath) > 0) {
			log.warn("A run of {} was interrupted (its process died); marked failed so it can resume", inputPath);
		}
		JobExecution last = history.lastExecution(job.getName(), "input", inputPath);
		if (JobHistory.isRestartable(last)) {
			log.info("Resuming run {} after its last committed chunk", RunContext.runId(last));
			return jobOperator.restart(last);
		}
		JobParameters parameters = new JobParametersBuilder().addString("input", inputPath)
			.addLong("run", nextRunId())
			.addString("out", out.toAbsolutePath().normalize().toString(), false)
			.addString(ImportLetterboxdJobConfiguration.CLEAN_FILES, "false", false)
			.toJobParameters();
		return jobOperator.start(job, parameters);
	}

	public JobExecution run(Path input, Path out) throws Exception {
		return run(input.toAbsolutePath().normalize().toString(), out);
	}

	/**
	 * As {@link #run(Path, Path)} for an input as typed: an http(s) URL stays as it is, a
	 * path is made absolute.
	 */
	public JobExecution run(String input, Path out) throws Exception {
		return launch(isUrl(input) ? input.strip() : Path.of(input).toAbsolutePath().normalize().toString(), out);
	}

	private static boolean isUrl(String input) {
		String lower = input.strip().toLowerCase(Locale.ROOT);
		return lower.startsWith("http://") || lower.startsWith("https://");
	}

	private JobExecution launch(String inputPath, Path out) throws Exception {
		try (StoreLock lock = StoreLock.acquire(dataSource)) {
			recoverAbandonedExecutions();
			JobExecution last = lastExecution();
			if (JobHistory.isRestartable(last) && inputPath.equals(last.getJobParameters().getString("input"))) {
				log.info("Resuming run {} after its last committed chunk", RunContext.runId(last));
				return jobOperator.restart(last);
			}
			JobParameters parameters = new JobParametersBuilder().addString("input", inputPath)
				.addLong("run", nextRunId())
				.addString("out", out.toAbsolutePath().normalize().toString(), false)
				.toJobParameters();
			return jobOperator.start(job, parameters);
		}
	}

	/**
	 * Executions still STARTED while we hold the store lock belong to a process that
	 * died.
	 */
	private void recoverAbandonedExecutions() {
		for (JobExecution execution : jobRepository.findRunningJobExecutions(job.getName())) {
			log.warn("Run {} was interrupted (its process died); marking it failed so it can resume",
					RunContext.runId(execution));
			jobOperator.recover(execution);
		}
	}

	/**
	 * A new run's id: past the newest run the job repository and the ledger know, and
	 * never one another import started at the same time has taken.
	 */
	private long nextRunId() {
		JobExecution last = lastExecution();
		return new RunNumbers(new JdbcTemplate(dataSource))
			.next(Math.max(last == null ? 0 : RunContext.runId(last), ledger.previousRun(Long.MAX_VALUE)) + 1);
	}

	/** The run id of an execution of the import job (its {@code run} parameter). */
	public static long runIdOf(JobExecution execution) {
		return RunContext.runId(execution);
	}

	private JobExecution lastExecution() {
		JobInstance instance = jobRepository.getLastJobInstance(job.getName());
		return instance == null ? null : jobRepository.getLastJobExecution(instance);
	}

}
