package dev.reviewbatch.job;

import java.nio.file.Path;
import java.time.Instant;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Runs the report job ({@link ReportJobConfiguration}) once: recovers report runs a
 * killed process left STARTED ({@link LeftoverExecutions}), then starts a new run,
 * generated now, through the {@link JobOperator}. A run that does not complete is thrown
 * to the caller as the exception that failed it (and not logged by Spring Batch as well,
 * see {@link Launches#rethrowsFailuresOf}), so a failing report reads as it did before it
 * was a job. Thread-safe.
 */
@Component
public class ReportLauncher {

	private final JobOperator jobOperator;

	private final Job job;

	private final LeftoverExecutions leftovers;

	public ReportLauncher(JobOperator jobOperator, @Qualifier("reportJob") Job job, LeftoverExecutions leftovers) {
		this.jobOperator = jobOperator;
		this.job = job;
		this.leftovers = leftovers;
		Launches.rethrowsFailuresOf(job);
	}

	/**
	 * Writes {@code out/reports/} and returns its {@code index.html}; throws what failed
	 * the run.
	 */
	public Path write(Path out) {
		leftovers.recover(job.getName());
		JobParameters parameters = new JobParametersBuilder().addString("requestedAt", Instant.now().toString())
			.addString("out", out.toAbsolutePath().normalize().toString(), false)
			.toJobParameters();
		JobExecution execution = Launches.completedOrThrow(Launches.start(jobOperator, job, parameters));
		return Path.of(execution.getExecutionContext().getString(ReportJobConfiguration.INDEX));
	}

}
