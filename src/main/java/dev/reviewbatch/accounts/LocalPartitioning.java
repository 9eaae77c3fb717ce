package dev.reviewbatch.accounts;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Local mode (the default): the accounts' partitions run on {@code threads} threads of
 * this process, against its store (H2 or PostgreSQL).
 */
@Configuration
@ConditionalOnProperty(name = AccountsSettings.ROLE, havingValue = "local", matchIfMissing = true)
class LocalPartitioning {

	@Bean
	ThreadPoolTaskExecutor accountThreads(AccountsSettings settings) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(settings.threads());
		executor.setMaxPoolSize(settings.threads());
		executor.setThreadNamePrefix("account-");
		return executor;
	}

	@Bean
	Step importAccounts(JobRepository jobRepository, AccountPartitioner accountPartitioner,
			@Qualifier(AccountsJobConfiguration.WORKER_STEP) Step importAccount, ThreadPoolTaskExecutor accountThreads,
			AccountsSettings settings) {
		return new StepBuilder("importAccounts", jobRepository)
			.partitioner(AccountsJobConfiguration.WORKER_STEP, accountPartitioner)
			.step(importAccount)
			.gridSize(settings.threads())
			.taskExecutor(accountThreads)
			.build();
	}

}
