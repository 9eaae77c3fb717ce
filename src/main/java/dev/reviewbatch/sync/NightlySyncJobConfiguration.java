package dev.reviewbatch.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.reviewbatch.job.ImportLauncher;
import dev.reviewbatch.job.OutsideTransaction;
import dev.reviewbatch.job.RunSummaries;
import dev.reviewbatch.source.rss.FeedFetcher;

/**
 * The {@code nightlySyncJob} (jobs/nightly-sync.yml): open the sync, read each feed
 * incrementally ({@link FeedSync}), import each new inbox file once ({@link InboxSync}),
 * then record the sync and what changed since the previous one. Launched by
 * {@link NightlySync}; its parameters are {@link SyncParameters}.
 * <p>
 * Each feed or file is imported by a run of the import job of its own, launched from
 * within the step through the same launcher as {@code reviewbatch import}. The steps
 * therefore run outside any transaction (a {@link ResourcelessTransactionManager} with
 * propagation NOT_SUPPORTED): no store transaction is open around them, every import
 * commits its chunks itself, and the job repository, which refuses to start a job inside
 * an active transaction, starts each import. What the steps hand on lives in
 * {@link SyncRuns}, keyed by the job execution id. One failing feed or file does not fail
 * a step; a step fails only when the store cannot be used (for example another run holds
 * it), and the job then ends FAILED with that exception. Once the context's
 * {@link StopSignal} is raised the steps start no further feed or file; the sync is still
 * finished and recorded.
 */
@Configuration
class NightlySyncJobConfiguration {

	static final String JOB_NAME = "nightlySyncJob";

	// step 1: open the sync (its id, the previous sync)

	@Bean
	Step beginSync(JobRepository jobRepository, JdbcTemplate jdbc, SyncRuns runs) {
		return tasklet("beginSync", jobRepository, (contribution, context) -> {
			SyncRunTable syncs = new SyncRunTable(jdbc);
			Instant started = Instant.now();
			long syncId = syncs.begin();
			runs.open(executionId(context), new SyncRun(syncId, syncs.previous(syncId), started));
			return RepeatStatus.FINISHED;
		});
	}

	// step 2: each feed, read incrementally and imported when it changed

	@Bean
	Step syncFeeds(JobRepository jobRepository, JdbcTemplate jdbc, SyncRuns runs, ImportLauncher launcher,
			RunSummaries summaries, StopSignal stop) {
		return tasklet("syncFeeds", jobRepository, (contribution, context) -> {
			SyncSettings settings = settings(context);
			FeedSync feedSync = new FeedSync(new FeedFetcher(settings.feedTimeout(), FeedFetcher.DEFAULT_MAX_BYTES),
					new FeedStateTable(jdbc), new JobImporter(launcher, summaries, settings.out()), settings.out());
			List<ItemResult> feeds = new ArrayList<>();
			for (String feed : settings.feeds()) {
				if (stop.raised()) {
					break;
				}
				feeds.add(feedSync.sync(feed));
			}
			runs.get(executionId(context)).feedsSynced(feeds);
			return RepeatStatus.FINISHED;
		});
	}

	// step 3: each new, settled inbox file, imported once by content

	@Bean
	Step syncInbox(JobRepository jobRepository, JdbcTemplate jdbc, SyncRuns runs, ImportLauncher launcher,
			RunSummaries summaries, StopSignal stop) {
		return tasklet("syncInbox", jobRepository, (contribution, context) -> {
			SyncSettings settings = settings(context);
			Inbox inbox = new Inbox(settings.inbox(), settings.processed(), settings.settle(), Clock.systemUTC());
			InboxSync inboxSync = new InboxSync(inbox, new InboxTable(jdbc),
					new JobImporter(launcher, summaries, settings.out()));
			runs.get(executionId(context)).inboxSynced(inboxSync.sync(stop::raised));
			return RepeatStatus.FINISHED;
		});
	}

	// step 4: record the sync, and what changed since the previous one

	@Bean
	Step finishSync(JobRepository jobRepository, JdbcTemplate jdbc, SyncRuns runs, StopSignal stop) {
		return tasklet("finishSync", jobRepository, (contribution, context) -> {
			SyncRunTable syncs = new SyncRunTable(jdbc);
			SyncRun run = runs.get(executionId(context));
			syncs.finish(run.syncId(), run.firstRun(), run.lastRun());
			run.finish(syncs.changesAfter(run.previousStoreRun()), stop.raised());
			return RepeatStatus.FINISHED;
		});
	}

	@Bean
	Job nightlySyncJob(JobRepository jobRepository, Step beginSync, Step syncFeeds, Step syncInbox, Step finishSync) {
		return new JobBuilder(JOB_NAME, jobRepository).start(beginSync)
			.next(syncFeeds)
			.next(syncInbox)
			.next(finishSync)
			.build();
	}

	private static Step tasklet(String name, JobRepository jobRepository, Tasklet tasklet) {
		return new StepBuilder(name, jobRepository).tasklet(tasklet, new ResourcelessTransactionManager())
			.transactionAttribute(OutsideTransaction.ATTRIBUTE)
			.build();
	}

	private static long executionId(ChunkContext context) {
		return context.getStepContext().getStepExecution().getJobExecutionId();
	}

	private static SyncSettings settings(ChunkContext context) {
		return SyncParameters.settings(context.getStepContext().getStepExecution().getJobParameters());
	}

}
