package dev.reviewbatch.sync;

import java.time.Instant;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import dev.reviewbatch.job.Launches;
import dev.reviewbatch.job.LeftoverExecutions;

/**
 * Runs the one-shot sync: recovers syncs a killed process left STARTED
 * ({@link LeftoverExecutions}), then starts one run of the {@code nightlySyncJob}
 * ({@link NightlySyncJobConfiguration}) through the {@link JobOperator} and returns what
 * it did. One failing feed or file does not stop the others. Regenerating the reports is
 * the caller's last step. Throws only when the store itself cannot be used (for example
 * another run holds it), with the exception that failed the job, which Spring Batch then
 * does not log as well ({@link Launches#rethrowsFailuresOf}).
 */
@Component
public class NightlySync {

	private final JobOperator jobOperator;

	private final Job job;

	private final SyncRuns runs;

	private final LeftoverExecutions leftovers;

	NightlySync(JobOperator jobOperator, @Qualifier(NightlySyncJobConfiguration.JOB_NAME) Job job, SyncRuns runs,
			LeftoverExecutions leftovers) {
		this.jobOperator = jobOperator;
		this.job = job;
		this.runs = runs;
		this.leftovers = leftovers;
		Launches.rethrowsFailuresOf(job);
	}

	public SyncSummary run(SyncSettings settings) {
		leftovers.recover(job.getName());
		JobExecution execution = Launches.start(jobOperator, job, SyncParameters.of(settings, Instant.now()));
		SyncRun run = runs.take(execution.getId());
		Launches.completedOrThrow(execution);
		return run.summary();
	}

}
