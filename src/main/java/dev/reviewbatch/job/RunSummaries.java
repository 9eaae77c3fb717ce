package dev.reviewbatch.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import dev.reviewbatch.sink.summary.RunSummary;
import dev.reviewbatch.store.RunLedger;

/** Builds the {@link RunSummary} of an import run from its job execution and the store's ledger. */
@Component
public class RunSummaries {

	private static final int CHANGE_EXAMPLES = 20;

	private final RunLedger ledger;

	public RunSummaries(RunLedger ledger) {
		this.ledger = ledger;
	}

	public RunSummary of(JobExecution execution, Path out) {
		long runId = execution.getJobInstance().getInstanceId();
		RunLedger.Run run = ledger.run(runId, execution.getJobParameters().getString("input", ""));
		LocalDateTime start = execution.getStartTime() == null ? LocalDateTime.now() : execution.getStartTime();
		LocalDateTime end = execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime();
		String status = execution.getStatus().isRunning() ? "COMPLETED" : execution.getStatus().name();
		return new RunSummary(runId, run.input(), run.account() == null ? "" : run.account(), status,
				Duration.between(start, end), ledger.files(runId), ledger.changeCounts(runId),
				ledger.changes(runId, CHANGE_EXAMPLES), run.ignored(), out.toString());
	}
}
