package dev.reviewbatch.accounts;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import dev.reviewbatch.job.ImportLauncher;
import dev.reviewbatch.job.OutsideTransaction;
import dev.reviewbatch.sink.csv.CleanCsvWriter;
import dev.reviewbatch.sink.report.ReportWriter;
import dev.reviewbatch.store.AccountLock;
import dev.reviewbatch.store.RunLedger;

/**
 * The {@code accountsJob} (jobs/accounts.yml): a folder of accounts, partitioned one
 * account a partition ({@code importAccounts} → {@code importAccount:account-<name>}),
 * each partition one account's import ({@link ImportAccountTasklet}); then the clean
 * files and reports of all accounts ({@code writeAllAccounts}). Where the partitions run
 * is the partition step's business: {@link LocalPartitioning} (threads in this process)
 * or {@link RemotePartitioning} (worker processes, through RabbitMQ).
 * <p>
 * Parameters: {@code accounts} (the folder; identifying), {@code run} (a sequence number;
 * identifying) and {@code out} (output folder). A failed run restarted resumes only the
 * partitions that did not complete.
 */
@Configuration
@EnableConfigurationProperties(AccountsSettings.class)
public class AccountsJobConfiguration {

	public static final String JOB_NAME = "accounts";

	static final String WORKER_STEP = "importAccount";

	/** The accounts this process holds, for its {@link AccountLock}s. */
	@Bean
	Set<String> heldAccounts() {
		return AccountLock.heldInThisProcess();
	}

	@Bean
	ImportAccountTasklet importAccountTasklet(ImportLauncher launcher, JobRepository jobRepository,
			DataSource dataSource, Set<String> heldAccounts, RunLedger ledger) {
		return new ImportAccountTasklet(launcher, jobRepository, dataSource, heldAccounts, ledger);
	}

	@Bean
	@StepScope
	AccountPartitioner accountPartitioner(@Value("#{jobParameters['accounts']}") String accounts,
			@Value("#{jobParameters['out']}") String out) {
		return new AccountPartitioner(Path.of(accounts), Path.of(out));
	}

	/**
	 * The partition's step, run on a local thread or by a worker (which finds it by this
	 * bean name), outside any transaction of its own: it launches import jobs.
	 */
	@Bean(WORKER_STEP)
	Step importAccount(JobRepository jobRepository, ImportAccountTasklet tasklet, PlatformTransactionManager tx) {
		return new StepBuilder(WORKER_STEP, jobRepository).tasklet(tasklet, tx)
			.transactionAttribute(OutsideTransaction.ATTRIBUTE)
			.build();
	}

	/**
	 * In the store's transaction manager (a read-only pass): PostgreSQL streams a large
	 * result only inside a transaction, and outside one its driver would hold the whole
	 * store's viewings in memory.
	 */
	@Bean
	Step writeAllAccounts(JobRepository jobRepository, JdbcTemplate jdbc, PlatformTransactionManager tx) {
		CleanCsvWriter csv = new CleanCsvWriter(jdbc);
		ReportWriter reports = new ReportWriter(jdbc);
		return new StepBuilder("writeAllAccounts", jobRepository).tasklet((contribution, context) -> {
			Path out = Path.of(context.getStepContext().getJobParameters().get("out").toString());
			csv.writeClean(out.resolve("clean"));
			reports.write(out.resolve("reports"), Instant.now());
			return RepeatStatus.FINISHED;
		}, tx).build();
	}

	@Bean
	@ConditionalOnExpression("'${" + AccountsSettings.ROLE + ":local}' != 'worker'")
	Job accountsJob(JobRepository jobRepository, Step importAccounts, Step writeAllAccounts) {
		return new JobBuilder(JOB_NAME, jobRepository).start(importAccounts).next(writeAllAccounts).build();
	}

}
