package dev.reviewbatch.job;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;

/**
 * How the launchers of the report and sync jobs start a run and hand a failed run to
 * their caller: as the exception that failed it, so the command reports it (message and
 * exit code) as it did before these were jobs. Stateless.
 */
public final class Launches {

	private Launches() {
	}

	/**
	 * Declares that the caller hands every failed run of {@code job} to its own caller
	 * ({@link #completedOrThrow}): Spring Batch's log of the failed step (a stack trace
	 * on the console) is left out for this job, so the command's one line is all it
	 * prints.
	 */
	public static void rethrowsFailuresOf(Job job) {
		RethrownStepFailures.of(job.getName());
	}

	/**
	 * Starts a new run of {@code job} on the calling thread and returns its ended
	 * execution; the operator's checked refusals (already complete, already running,
	 * invalid parameters) become an {@link IllegalStateException} naming the job.
	 */
	public static JobExecution start(JobOperator operator, Job job, JobParameters parameters) {
		try {
			return operator.start(job, parameters);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(job.getName() + " cannot start: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Returns {@code execution} when it COMPLETED; otherwise throws the first exception
	 * recorded by its first failed step (else by the job): an unchecked one as it was
	 * thrown, a checked one wrapped with the same message.
	 */
	public static JobExecution completedOrThrow(JobExecution execution) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return execution;
		}
		Throwable failure = failure(execution);
		if (failure instanceof RuntimeException unchecked) {
			throw unchecked;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		throw new IllegalStateException(failure.getMessage(), failure);
	}

	private static Throwable failure(JobExecution execution) {
		Stream<List<Throwable>> steps = execution.getStepExecutions()
			.stream()
			.sorted((a, b) -> Long.compare(a.getId(), b.getId()))
			.map(StepExecution::getFailureExceptions);
		return Stream.concat(steps, Stream.of(execution.getFailureExceptions()))
			.flatMap(List::stream)
			.findFirst()
			.orElseGet(() -> new IllegalStateException(execution.getJobInstance().getJobName() + " ended "
					+ execution.getStatus().name().toLowerCase() + " without an error; see the log"));
	}

}
