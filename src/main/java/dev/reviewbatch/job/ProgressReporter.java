package dev.reviewbatch.job;

import java.io.PrintStream;
import java.util.Locale;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Prints rows done and rows per second to stderr, at most once a second (system property
 * {@code reviewbatch.progress.millis}), while a long step runs on a terminal (or when
 * {@code reviewbatch.progress=true}). Silent otherwise, so logs and tests stay clean.
 */
class ProgressReporter implements ChunkListener<Object, Object>, StepExecutionListener {

	private static final long INTERVAL_NANOS = Long.getLong("reviewbatch.progress.millis", 1000) * 1_000_000L;

	private final PrintStream out = System.err;

	private final boolean enabled = System.console() != null || Boolean.getBoolean("reviewbatch.progress");

	private long start;

	private long rows;

	private long lastPrint;

	private boolean printed;

	@Override
	public void beforeStep(StepExecution stepExecution) {
		start = System.nanoTime();
		lastPrint = start;
		rows = 0;
		printed = false;
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (printed) {
			out.println();
		}
		return null;
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		rows += chunk.size();
		long now = System.nanoTime();
		if (enabled && now - lastPrint >= INTERVAL_NANOS) {
			lastPrint = now;
			printed = true;
			double seconds = (now - start) / 1e9;
			out.printf(Locale.ROOT, "\r  %,d rows  (%,.0f rows/s)   ", rows, rows / seconds);
		}
	}

}
