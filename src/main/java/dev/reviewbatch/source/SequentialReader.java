package dev.reviewbatch.source;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.reviewbatch.domain.RawRow;

/**
 * Reads several single-file readers one after another, opening each only when it is
 * reached and closing it when it is exhausted, so one file is open at a time. Not
 * thread-safe.
 */
final class SequentialReader implements ItemStreamReader<RawRow> {

	private final List<Supplier<ItemStreamReader<RawRow>>> readers;

	private ExecutionContext context;

	private int index = -1;

	private ItemStreamReader<RawRow> current;

	SequentialReader(List<Supplier<ItemStreamReader<RawRow>>> readers) {
		this.readers = List.copyOf(readers);
	}

	@Override
	public void open(ExecutionContext context) {
		this.context = context;
	}

	@Override
	public RawRow read() throws Exception {
		while (true) {
			if (current == null) {
				if (++index >= readers.size()) {
					return null;
				}
				current = readers.get(index).get();
				current.open(context);
			}
			RawRow row = current.read();
			if (row != null) {
				return row;
			}
			current.close();
			current = null;
		}
	}

	@Override
	public void update(ExecutionContext context) {
		if (current != null) {
			current.update(context);
		}
	}

	@Override
	public void close() {
		if (current != null) {
			current.close();
			current = null;
		}
	}

}
