package dev.reviewbatch.job;

import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.reviewbatch.source.ImportSource;
import dev.reviewbatch.source.ResumingReader;

/**
 * The import step's reader: the rows of the run's input source that this run has not yet
 * committed ({@link ResumingReader}). A concrete {@link ItemStreamReader}, so the
 * step-scoped bean keeps its stream callbacks.
 */
public class ImportSourceReader extends ResumingReader {

	public ImportSourceReader(ImportSource source, Function<String, Long> consumedSoFar) {
		super(source.rowsFromStart(heldWhole(consumedSoFar)), consumedSoFar);
	}

}
