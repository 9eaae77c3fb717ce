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
import org.springframework.stereotype.Component;

import dev.reviewbatch.store.RunLedger;
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
			if (last != null && isRestartable(last) && inputPath.equals(last.getJobParameters().getString("input"))) {
				log.info("Resuming run {} after its last committed chunk", RunContext.runId(last));
				return jobOperator.restart(last);
			}
			long run = Math.max(last == null ? 0 : RunContext.runId(last), ledger.previousRun(Long.MAX_VALUE)) + 1;
			JobParameters parameters = new JobParametersBuilder().addString("input", inputPath)
				.addLong("run", run)
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

	private JobExecution lastExecution() {
		JobInstance instance = jobRepository.getLastJobInstance(job.getName());
		return instance == null ? null : jobRepository.getLastJobExecution(instance);
	}

	private static boolean isRestartable(JobExecution execution) {
		return List.of(BatchStatus.FAILED, BatchStatus.STOPPED).contains(execution.getStatus());
	}

}
