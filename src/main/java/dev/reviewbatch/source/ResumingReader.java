package dev.reviewbatch.source;

import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.reviewbatch.domain.RawRow;

/**
 * The one restart mechanism of every import reader: hands out the rows of a reader that
 * reads from the start, passing over the first rows of each source that
 * {@code consumedSoFar} says this run already committed.
 * <p>
 * A source is the provenance source of its rows ({@code row.from().source()}), the name
 * the store counts committed rows by; a reader hands out each source's rows together.
 * {@code consumedSoFar} answers 0 for a fresh run and {@link #WHOLE_SOURCE} for a source
 * the store already holds whole. The step's execution context is not used for the
 * position (Spring Batch 6.0.x saves it even for a chunk that rolled back,
 * spring-batch#5182), and nothing is written to it. Not thread-safe.
 */
public class ResumingReader implements ItemStreamReader<RawRow> {

	/**
	 * What {@code consumedSoFar} answers for a source the store already holds whole: none
	 * of its rows is handed out.
	 */
	public static final long WHOLE_SOURCE = Long.MAX_VALUE;

	private final ItemStreamReader<RawRow> delegate;

	private final Function<String, Long> consumedSoFar;

	private String source;

	private long committed;

	private long seen;

	/**
	 * @param delegate reads every row from the start, each source's rows together
	 * @param consumedSoFar rows of a source (by name) already committed in this run
	 */
	public ResumingReader(ItemStreamReader<RawRow> delegate, Function<String, Long> consumedSoFar) {
		this.delegate = delegate;
		this.consumedSoFar = consumedSoFar;
	}

	/** The sources {@code consumedSoFar} says the store holds whole. */
	public static Predicate<String> heldWhole(Function<String, Long> consumedSoFar) {
		Long whole = WHOLE_SOURCE;
		return source -> whole.equals(consumedSoFar.apply(source));
	}

	@Override
	public void open(ExecutionContext context) {
		delegate.open(context);
	}

	@Override
	public RawRow read() throws Exception {
		for (RawRow row = delegate.read(); row != null; row = delegate.read()) {
			if (!row.from().source().equals(source)) {
				source = row.from().source();
				Long consumed = consumedSoFar.apply(source);
				committed = consumed == null ? 0 : consumed;
				seen = 0;
			}
			if (++seen > committed) {
				return row;
			}
		}
		return null;
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
