package dev.reviewbatch.accounts;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.reviewbatch.job.ImportLauncher;
import dev.reviewbatch.sink.csv.CleanCsvWriter;
import dev.reviewbatch.sink.report.ReportWriter;
import dev.reviewbatch.source.ImportSource;
import dev.reviewbatch.source.ImportSources;
import dev.reviewbatch.store.AccountLock;
import dev.reviewbatch.store.RunLedger;

/**
 * One partition: imports one account's inputs in order, each as today's import job (the
 * same guarantees: idempotent, reconciled per file, resumed after its last committed
 * chunk when a process died or it failed), while holding the account's lock; then writes
 * the account's clean files and the rejects of its runs into the account's output folder.
 * Puts {@code rowsRead}, {@code rowsRejected} and, when it fails, a one-line
 * {@code problem} into the partition's context for the manager's report.
 * <p>
 * Runs on a local thread or in a worker process, the same code. Runs its imports outside
 * any transaction of its own ({@code job.OutsideTransaction}), so each import commits its
 * own chunks.
 */
final class ImportAccountTasklet implements Tasklet {

	static final String ROWS_READ = "rowsRead";

	static final String ROWS_REJECTED = "rowsRejected";

	static final String PROBLEM = "problem";

	/** Tries of one input when it fails on a transient store error (a lock conflict). */
	private static final int ATTEMPTS = 3;

	private static final Logger log = LoggerFactory.getLogger(ImportAccountTasklet.class);

	private final ImportLauncher launcher;

	private final JobRepository jobRepository;

	private final DataSource dataSource;

	private final Set<String> heldAccounts;

	private final RunLedger ledger;

	private final JdbcTemplate jdbc;

	private final CleanCsvWriter csv;

	ImportAccountTasklet(ImportLauncher launcher, JobRepository jobRepository, DataSource dataSource,
			Set<String> heldAccounts, RunLedger ledger) {
		this.launcher = launcher;
		this.jobRepository = jobRepository;
		this.dataSource = dataSource;
		this.heldAccounts = heldAccounts;
		this.ledger = ledger;
		this.jdbc = new JdbcTemplate(dataSource);
		this.csv = new CleanCsvWriter(jdbc);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution partition = chunkContext.getStepContext().getStepExecution();
		ExecutionContext context = partition.getExecutionContext();
		String account = context.getString(AccountPartitioner.ACCOUNT);
		try {
			refuseStaleRequest(partition);
			importAccount(account, AccountPartitioner.inputsOf(context),
					Path.of(context.getString(AccountPartitioner.OUT)), context);
			context.remove(PROBLEM);
			return RepeatStatus.FINISHED;
		}
		catch (Exception ex) {
			context.putString(PROBLEM, oneLine(ex));
			throw ex;
		}
	}

	private void importAccount(String account, List<String> inputs, Path out, ExecutionContext context)
			throws Exception {
		for (String input : inputs) {
			refuseOtherAccounts(account, input);
		}
		try (AccountLock lock = AccountLock.acquire(dataSource, heldAccounts, account)) {
			List<Long> runs = new ArrayList<>();
			long read = 0;
			long rejected = 0;
			for (String input : inputs) {
				JobExecution execution = launcher.runInAccount(input, out);
				for (int retry = 1; retry < ATTEMPTS && isTransientFailure(execution); retry++) {
					log.warn("Account {}: {} failed on a transient store error; resuming it", account, input);
					execution = launcher.runInAccount(input, out);
				}
				long runId = ImportLauncher.runIdOf(execution);
				runs.add(runId);
				for (RunLedger.FileCounts file : ledger.files(runId)) {
					read += file.read();
					rejected += file.rejected();
				}
				if (execution.getStatus() != BatchStatus.COMPLETED) {
					throw new AccountImportException(
							input + ": the import " + execution.getStatus().name().toLowerCase() + ": "
									+ failureOf(execution) + "; run again to resume after its last committed chunk");
				}
			}
			csv.writeClean(out.resolve("clean"), account);
			csv.writeRejects(out.resolve("rejects.csv"), ledger, runs);
			ReportWriter.forAccount(jdbc, account).write(out.resolve("reports"), Instant.now());
			context.putLong(ROWS_READ, read);
			context.putLong(ROWS_REJECTED, rejected);
			log.info("Account {}: {} inputs, {} rows read, {} rejected", account, inputs.size(), read, rejected);
		}
	}

	/**
	 * An input must store its rows under the folder's account: an export whose profile
	 * (or ZIP name) names another account, or a CSV that names none (Letterboxd's import
	 * format, IMDb ratings), is refused before anything is imported. Feeds and saved
	 * pages name their account row by row (the feed's channel, the page's owner).
	 */
	private static void refuseOtherAccounts(String account, String input) {
		if (input.startsWith("http://") || input.startsWith("https://")) {
			return;
		}
		ImportSource.Overview overview = ImportSources.detect(input).overview();
		if ("pages-and-feeds".equals(overview.kind())) {
			return;
		}
		if (overview.account().isEmpty()) {
			throw new AccountImportException(input + ": does not name its account (a multi-account run takes "
					+ "Letterboxd exports, named by their profile.csv or a letterboxd-" + account
					+ "-….zip name, and feeds); import it on its own instead");
		}
		if (!overview.account().equals(account)) {
			throw new AccountImportException(input + ": is an export of account '" + overview.account() + "', not of '"
					+ account + "' (the folder's name); move it to the right account's folder");
		}
	}

	/**
	 * A request for a partition of a run that has ended (its manager died and a later run
	 * took over, or gave up): left as it is, never imported twice.
	 */
	private void refuseStaleRequest(StepExecution partition) {
		JobExecution run = jobRepository.getJobExecution(partition.getJobExecutionId());
		if (run != null && !run.isRunning()) {
			throw new AccountImportException("the run this partition belongs to has ended (" + run.getStatus()
					+ "); the next run imports this account");
		}
	}

	/**
	 * Failed on an error the store says may succeed when retried (a serialization or
	 * deadlock conflict between concurrent writers): the import resumes after its last
	 * committed chunk.
	 */
	private static boolean isTransientFailure(JobExecution execution) {
		if (execution.getStatus() != BatchStatus.FAILED) {
			return false;
		}
		for (Throwable failure : execution.getAllFailureExceptions()) {
			for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
				if (t instanceof TransientDataAccessException || t instanceof SQLException sql
						&& sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
					return true;
				}
			}
		}
		return false;
	}

	private static String failureOf(JobExecution execution) {
		return execution.getAllFailureExceptions()
			.stream()
			.findFirst()
			.map(ImportAccountTasklet::oneLine)
			.orElse("see the log");
	}

	private static String oneLine(Throwable ex) {
		Throwable deepest = ex;
		while (deepest.getCause() != null && deepest.getCause() != deepest) {
			deepest = deepest.getCause();
		}
		String message = ex instanceof AccountImportException || deepest.getMessage() == null ? ex.getMessage()
				: deepest.getMessage();
		return (message == null ? ex.getClass().getSimpleName() : message).replaceAll("\\s+", " ").strip();
	}

	/** An account whose import did not complete, and why. */
	static final class AccountImportException extends RuntimeException {

		AccountImportException(String message) {
			super(message);
		}

	}

}
