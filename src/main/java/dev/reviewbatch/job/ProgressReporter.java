package dev.reviewbatch.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import dev.reviewbatch.domain.ImportItem;
import dev.reviewbatch.progress.ImportMeter;
import dev.reviewbatch.progress.ProgressConsole;
import dev.reviewbatch.progress.ProgressLine;
import dev.reviewbatch.progress.ProgressTarget;
import dev.reviewbatch.source.ImportSources;
import dev.reviewbatch.store.RunLedger;

/**
 * Shows the import step's progress on the command's {@link ProgressConsole}: rows done of
 * the estimated total, percentage, current file, rate and time left, at most once per the
 * console's interval, and a last line with the step's rows and time. A resumed run starts
 * from the rows its earlier attempts stored (the run's ledger). Never fails the step: a
 * progress problem only costs the estimate.
 */
class ProgressReporter implements ChunkListener<Object, Object>, StepExecutionListener {

	private final ProgressTarget target;

	private final RunLedger ledger;

	private ProgressConsole console;

	private ImportMeter meter;

	private long lastPrint;

	ProgressReporter(ProgressTarget target, RunLedger ledger) {
		this.target = target;
		this.ledger = ledger;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		console = target.console();
		long now = System.nanoTime();
		lastPrint = now;
		meter = new ImportMeter(Map.of(), Map.of(), now);
		if (console.mode() == ProgressConsole.Mode.OFF) {
			return;
		}
		try {
			String input = stepExecution.getJobExecution().getJobParameters().getString("input");
			long runId = RunContext.runId(stepExecution.getJobExecution());
			meter = new ImportMeter(SourceSizes.of(input, ImportSources.detect(input).overview()), rowsBefore(runId),
					now);
		}
		catch (RuntimeException ex) {
			// no sizes: progress shows rows and rate only
		}
	}

	private Map<String, Long> rowsBefore(long runId) {
		Map<String, Long> before = new LinkedHashMap<>();
		ledger.files(runId).forEach(file -> before.put(file.source(), file.read()));
		return before;
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		for (Object item : chunk.getItems()) {
			if (item instanceof ImportItem imported) {
				meter.row(imported.from().source(), imported.from().line());
			}
		}
		long now = System.nanoTime();
		if (console.mode() != ProgressConsole.Mode.OFF && now - lastPrint >= console.intervalNanos()) {
			lastPrint = now;
			console.update(ProgressLine.running(meter.snapshot(now)));
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getStatus().isUnsuccessful()) {
			console.endLine();
		}
		else {
			console.finish(ProgressLine.finished(meter.finished(System.nanoTime()), meter.rowsThisAttempt()));
		}
		return null;
	}

}
