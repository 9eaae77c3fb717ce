package dev.reviewbatch.sync;

import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;

import dev.reviewbatch.job.ImportLauncher;
import dev.reviewbatch.job.RunSummaries;
import dev.reviewbatch.sink.summary.RunSummary;

/**
 * Imports one file as {@code reviewbatch import PATH --out OUT} does, through the same
 * {@link ImportLauncher} (store lock, recovery, resume of a failed run), and says how the
 * run ended. Throws only when the run cannot be launched at all (for example another run
 * holds the store).
 */
final class JobImporter implements Importer {

	private final ImportLauncher launcher;

	private final RunSummaries summaries;

	private final Path out;

	JobImporter(ImportLauncher launcher, RunSummaries summaries, Path out) {
		this.launcher = launcher;
		this.summaries = summaries;
		this.out = out;
	}

	@Override
	public ImportOutcome run(Path input) throws Exception {
		JobExecution execution = launcher.run(input, out);
		RunSummary summary = summaries.of(execution, out);
		String failure = execution.getAllFailureExceptions()
			.stream()
			.findFirst()
			.map(JobImporter::oneLine)
			.orElse(execution.getStatus().name().toLowerCase());
		return new ImportOutcome(summary.runId(), summary.status(), summary.total(), failure);
	}

	private static String oneLine(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return message.lines().findFirst().orElse(message);
	}

}
