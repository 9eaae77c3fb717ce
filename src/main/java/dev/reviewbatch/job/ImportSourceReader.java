package dev.reviewbatch.job;

import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.source.ImportSource;

/**
 * The import step's reader: the rows of the run's input source that this run has not yet
 * committed ({@link ImportSource#reader}). A concrete {@link ItemStreamReader}, so the
 * step-scoped bean keeps its stream callbacks.
 */
public class ImportSourceReader implements ItemStreamReader<RawRow> {

	private final ItemStreamReader<RawRow> delegate;

	public ImportSourceReader(ImportSource source, Function<String, Long> consumedSoFar) {
		this.delegate = source.reader(consumedSoFar);
	}

	@Override
	public void open(ExecutionContext context) {
		delegate.open(context);
	}

	@Override
	public RawRow read() throws Exception {
		return delegate.read();
	}

	@Override
	public void update(ExecutionContext context) {
		delegate.update(context);
	}

	@Override
	public void close() {
		delegate.close();
	}

}
