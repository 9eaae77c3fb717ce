package dev.reviewbatch.job;

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

	/** The run id: the job instance id, the same across restarts of one run. */
	static long runId(ChunkContext context) {
		return context.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
	}

}
