package dev.reviewbatch.source.pages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.source.rss.FeedFetcher;

/**
 * Reads saved Letterboxd pages, RSS feeds (files or http(s) URLs) and review articles
 * from a list of inputs (files, folders, feed URLs) as raw rows, each source told by its
 * content ({@link InputRows}). Order is deterministic: inputs as given, a folder's files
 * by name ({@link Inputs}); {@link #sources()} lists them.
 * <p>
 * Contract: a source that cannot be read as a whole yields exactly one unreadable row
 * naming it and the reason (the caller counts it as rejected, and the run goes on); every
 * other source yields its rows, each with provenance naming the source. A URL is fetched
 * when its turn comes, not before.
 * <p>
 * Restart, as {@code LetterboxdExportReader}: the step's execution context is not trusted
 * for the position; for each source the reader asks {@code consumedSoFar} (keyed by the
 * source's name, the provenance source) how many of its rows the store already committed
 * in this run and skips them. Not thread-safe.
 */
public class PagesAndFeedsReader implements ItemStreamReader<RawRow> {

	/**
	 * 2 MiB per file: a saved diary page of 50 rows is about 260 KB, a 100-item feed
	 * about 140 KB.
	 */
	public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

	private static final String CONTEXT_SOURCE = "pages.source";

	private final List<String> inputs;

	private final Function<String, Long> consumedSoFar;

	private final InputRows reader;

	private List<Input> sources;

	private int sourceIndex = -1;

	private List<RawRow> rows = List.of();

	private int rowIndex;

	/**
	 * Default limits: {@link #DEFAULT_MAX_BYTES} per file and feed, feeds fetched with a
	 * 10 s timeout.
	 */
	public PagesAndFeedsReader(List<String> inputs, Function<String, Long> consumedSoFar) {
		this(inputs, new FeedFetcher(FeedFetcher.DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES), DEFAULT_MAX_BYTES, consumedSoFar);
	}

	/**
	 * @param inputs paths of files or folders, and http(s) feed URLs
	 * @param maxBytes the size cap of a file
	 * @param consumedSoFar rows of a source (by name) already committed in this run; 0
	 * for a fresh run
	 */
	public PagesAndFeedsReader(List<String> inputs, FeedFetcher fetcher, long maxBytes,
			Function<String, Long> consumedSoFar) {
		this.inputs = List.copyOf(inputs);
		this.consumedSoFar = consumedSoFar;
		this.reader = new InputRows(fetcher, maxBytes);
	}

	/**
	 * True when {@code input} is for this reader rather than an export reader: an http(s)
	 * feed URL, a folder holding saved pages, feeds or Markdown reviews and no CSV or
	 * ZIP, or one readable file (.html, .xml, .md, .txt, …). False for a Letterboxd
	 * export (folder, ZIP, CSV) and for a folder of plain .txt notes alone.
	 */
	public static boolean handles(String input) {
		return Inputs.handles(input);
	}

	public static boolean handles(Path path) {
		return handles(path.toString());
	}

	/**
	 * The source names in read order (paths as given, URLs), for the run ledger; reads
	 * and fetches nothing.
	 */
	public List<String> sources() {
		List<String> names = new ArrayList<>();
		for (Input source : expanded()) {
			names.add(source.name());
		}
		return names;
	}

	@Override
	public void open(ExecutionContext context) {
		expanded();
	}

	@Override
	public RawRow read() {
		while (rowIndex >= rows.size()) {
			if (!nextSource()) {
				return null;
			}
		}
		return rows.get(rowIndex++);
	}

	@Override
	public void update(ExecutionContext context) {
		if (sourceIndex >= 0 && sourceIndex < expanded().size()) {
			context.putString(CONTEXT_SOURCE, expanded().get(sourceIndex).name() + " after row " + rowIndex);
		}
	}

	private boolean nextSource() {
		sourceIndex++;
		if (sourceIndex >= expanded().size()) {
			rows = List.of();
			rowIndex = 0;
			return false;
		}
		Input source = expanded().get(sourceIndex);
		rows = reader.read(source);
		Long committed = consumedSoFar.apply(source.name());
		rowIndex = (int) Math.min(rows.size(), committed == null ? 0 : Math.max(0, committed));
		return true;
	}

	private List<Input> expanded() {
		if (sources == null) {
			sources = Inputs.expand(inputs);
		}
		return sources;
	}

}
