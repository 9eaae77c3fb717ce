package dev.reviewbatch.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * Reads a tasklet's job parameters and run id by name, failing with the name when one is
 * missing.
 */
final class RunContext {

	private RunContext() {
	}

	static String string(ChunkContext context, String name) {
		Object value = context.getStepContext().getJobParameters().get(name);
		if (value == null) {
			throw new IllegalStateException("job parameter '" + name + "' is missing");
		}
		return value.toString();
	}

	/**
	 * The run id: the identifying {@code run} parameter, the same across restarts of one
	 * run. (Not the job instance id: the report and sync jobs take instance ids from the
	 * same sequence, and import run ids count imports only.)
	 */
	static long runId(ChunkContext context) {
		return runId(context.getStepContext().getStepExecution().getJobExecution());
	}

	/** As {@link #runId(ChunkContext)}, for an execution of the import job. */
	static long runId(JobExecution execution) {
		Long run = execution.getJobParameters().getLong("run");
		if (run == null) {
			throw new IllegalStateException("job parameter 'run' is missing");
		}
		return run;
	}

}
