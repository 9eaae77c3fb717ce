package dev.reviewbatch.source.pages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * Reads from the start; {@link dev.reviewbatch.source.ResumingReader} passes over what a
 * restarted run already committed (every row's provenance source is its source's name).
 * Not thread-safe.
 */
public class PagesAndFeedsReader implements ItemStreamReader<RawRow> {

	/**
	 * 2 MiB per file: a saved diary page of 50 rows is about 260 KB, a 100-item feed
	 * about 140 KB.
	 */
	public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

	private final List<String> inputs;

	private final InputRows reader;

	private List<Input> sources;

	private int sourceIndex = -1;

	private List<RawRow> rows = List.of();

	private int rowIndex;

	/**
	 * Default limits: {@link #DEFAULT_MAX_BYTES} per file and feed, feeds fetched with a
	 * 10 s timeout.
	 */
	public PagesAndFeedsReader(List<String> inputs) {
		this(inputs, new FeedFetcher(FeedFetcher.DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES), DEFAULT_MAX_BYTES);
	}

	/**
	 * @param inputs paths of files or folders, and http(s) feed URLs
	 * @param maxBytes the size cap of a file
	 */
	public PagesAndFeedsReader(List<String> inputs, FeedFetcher fetcher, long maxBytes) {
		this.inputs = List.copyOf(inputs);
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

	private boolean nextSource() {
		sourceIndex++;
		if (sourceIndex >= expanded().size()) {
			rows = List.of();
			rowIndex = 0;
			return false;
		}
		Input source = expanded().get(sourceIndex);
		rows = reader.read(source);
		rowIndex = 0;
		return true;
	}

	private List<Input> expanded() {
		if (sources == null) {
			sources = Inputs.expand(inputs);
		}
		return sources;
	}

}
