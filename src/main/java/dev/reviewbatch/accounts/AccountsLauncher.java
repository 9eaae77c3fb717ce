package dev.reviewbatch.accounts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.reviewbatch.job.JobHistory;
import dev.reviewbatch.store.AccountLock;
import dev.reviewbatch.store.StoreLock;

/**
 * Runs the {@code accounts} job for one folder of accounts (as the manager, or alone in
 * local mode): holds the store in shared mode and the folder's run lock, recovers a run
 * of the folder a dead manager left STARTED, resumes the folder's last run when it failed
 * (its completed accounts are not imported again), and otherwise starts a new run. Then
 * tells how each account's partition ended.
 */
@Component
public class AccountsLauncher {

	private static final Logger log = LoggerFactory.getLogger(AccountsLauncher.class);

	/** How one account's partition ended. */
	public record AccountResult(String account, BatchStatus status, long rowsRead, long rowsRejected, String problem) {

		public boolean completed() {
			return status == BatchStatus.COMPLETED;
		}

	}

	/** The run and how each account ended, in account order. */
	public record Outcome(JobExecution execution, List<AccountResult> accounts) {

		public List<AccountResult> failed() {
			return accounts.stream().filter(a -> !a.completed()).toList();
		}

	}

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final ObjectProvider<Job> accountsJob;

	private final DataSource dataSource;

	private final Set<String> heldAccounts;

	public AccountsLauncher(JobOperator jobOperator, JobRepository jobRepository, ObjectProvider<Job> accountsJob,
			DataSource dataSource, Set<String> heldAccounts) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.accountsJob = accountsJob;
		this.dataSource = dataSource;
		this.heldAccounts = heldAccounts;
	}

	public Outcome run(Path folder, Path out) throws Exception {
		String folderPath = folder.toAbsolutePath().normalize().toString();
		List<Account> accounts = AccountFolder.read(folder);
		Job job = accountsJob.getObject();
		JobHistory history = new JobHistory(jobRepository, jobOperator, dataSource);
		try (StoreLock store = StoreLock.acquireShared(dataSource);
				AccountLock run = AccountLock.acquireRun(dataSource, heldAccounts, folderPath)) {
			if (history.recoverAbandoned(job.getName(), "accounts", folderPath) > 0) {
				log.warn("A run of {} was interrupted (its manager died); marked failed so it can resume", folderPath);
			}
			JobExecution last = history.lastExecution(job.getName(), "accounts", folderPath);
			JobExecution execution;
			if (JobHistory.isRestartable(last)) {
				log.info("Resuming run {}: accounts that completed are not imported again",
						last.getJobInstance().getInstanceId());
				execution = jobOperator.restart(last);
			}
			else {
				JobParameters parameters = new JobParametersBuilder().addString("accounts", folderPath)
					.addLong("run", JobHistory.nextRun(last))
					.addString("out", out.toAbsolutePath().normalize().toString(), false)
					.toJobParameters();
				execution = jobOperator.start(job, parameters);
			}
			return new Outcome(execution, results(execution, accounts));
		}
	}

	/**
	 * Each account's last partition of the run (this execution or an earlier attempt).
	 */
	private List<AccountResult> results(JobExecution execution, List<Account> accounts) {
		List<AccountResult> results = new ArrayList<>();
		for (Account account : accounts) {
			StepExecution partition = jobRepository.getLastStepExecution(execution.getJobInstance(),
					AccountsJobConfiguration.WORKER_STEP + ":account-" + account.name());
			if (partition == null) {
				results.add(new AccountResult(account.name(), BatchStatus.UNKNOWN, 0, 0, "not started"));
				continue;
			}
			ExecutionContext context = partition.getExecutionContext();
			String problem = context.containsKey(ImportAccountTasklet.PROBLEM)
					? context.getString(ImportAccountTasklet.PROBLEM)
					: firstLine(partition.getExitStatus().getExitDescription());
			results.add(new AccountResult(account.name(), partition.getStatus(),
					context.getLong(ImportAccountTasklet.ROWS_READ, 0),
					context.getLong(ImportAccountTasklet.ROWS_REJECTED, 0),
					partition.getStatus() == BatchStatus.COMPLETED ? null : problem));
		}
		return results;
	}

	private static String firstLine(String description) {
		if (description == null || description.isBlank()) {
			return "see the log";
		}
		return description.lines().findFirst().orElse("see the log");
	}

}
