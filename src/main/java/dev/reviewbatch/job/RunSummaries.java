package dev.reviewbatch.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import dev.reviewbatch.sink.summary.RunSummary;
import dev.reviewbatch.store.RunLedger;

/**
 * Builds the {@link RunSummary} of an import run from its job execution and the store's
 * ledger.
 */
@Component
public class RunSummaries {

	private static final int CHANGE_EXAMPLES = 20;

	private final RunLedger ledger;

	public RunSummaries(RunLedger ledger) {
		this.ledger = ledger;
	}

	public RunSummary of(JobExecution execution, Path out) {
		long runId = RunContext.runId(execution);
		RunLedger.Run run = ledger.run(runId, execution.getJobParameters().getString("input", ""));
		LocalDateTime start = execution.getStartTime() == null ? LocalDateTime.now() : execution.getStartTime();
		LocalDateTime end = execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime();
		String status = execution.getStatus().isRunning() ? "COMPLETED" : execution.getStatus().name();
		return new RunSummary(runId, run.input(), run.account() == null ? "" : run.account(), status,
				Duration.between(start, end), ledger.files(runId), ledger.changeCounts(runId),
				ledger.changes(runId, CHANGE_EXAMPLES), run.ignored(), out.toString(), phases(execution));
	}

	/**
	 * The wall time of each step of this execution, in order; a step still running counts
	 * until now.
	 */
	private static List<RunSummary.Phase> phases(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter(step -> step.getStartTime() != null)
			.sorted(Comparator.comparing(StepExecution::getStartTime).thenComparing(StepExecution::getId))
			.map(step -> new RunSummary.Phase(snakeCase(step.getStepName()),
					Duration.between(step.getStartTime(),
							step.getEndTime() == null ? LocalDateTime.now() : step.getEndTime())))
			.toList();
	}

	/** {@code writeCleanFiles} → {@code write_clean_files}. */
	static String snakeCase(String stepName) {
		return stepName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

}
