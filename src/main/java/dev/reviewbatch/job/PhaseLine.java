package dev.reviewbatch.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import dev.reviewbatch.progress.ProgressTarget;

/**
 * Says on the command's progress console which phase starts, e.g.
 * {@code writing clean files…}.
 */
class PhaseLine implements StepExecutionListener {

	private final ProgressTarget target;

	private final String phase;

	PhaseLine(ProgressTarget target, String phase) {
		this.target = target;
		this.phase = phase;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		target.console().say(phase + "…");
	}

}
