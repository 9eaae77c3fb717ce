package dev.reviewbatch.domain;

/**
 * Where a value came from, so that a reject, a report or a merged field can name its
 * origin.
 * <p>
 * {@link #source()} names the file (or feed URL) as the user knows it, {@link #line()}
 * the 1-based line in it where the record starts, or 0 where lines mean nothing (a page
 * element, a feed item).
 */
public sealed interface Provenance permits Provenance.CsvLine, Provenance.PageElement, Provenance.FeedItem {

	String source();

	long line();

	/** One line for humans, e.g. {@code diary.csv line 212}. */
	String describe();

	/**
	 * A record of a CSV file, starting at {@code line} (a quoted field may span further
	 * lines).
	 */
	record CsvLine(String source, long line) implements Provenance {
		public CsvLine {
			requireSource(source);
		}

		@Override
		public String describe() {
			return source + " line " + line;
		}
	}

	/**
	 * An element of a saved HTML page; {@code where} says which (e.g.
	 * {@code diary row 3}).
	 */
	record PageElement(String source, String where) implements Provenance {
		public PageElement {
			requireSource(source);
		}

		@Override
		public long line() {
			return 0;
		}

		@Override
		public String describe() {
			return source + " " + where;
		}
	}

	/** An item of an RSS feed (file path or URL), named by its guid. */
	record FeedItem(String source, String guid) implements Provenance {
		public FeedItem {
			requireSource(source);
		}

		@Override
		public long line() {
			return 0;
		}

		@Override
		public String describe() {
			return source + " item " + guid;
		}
	}

	private static void requireSource(String source) {
		if (source == null || source.isBlank()) {
			throw new IllegalArgumentException("provenance needs a source");
		}
	}

}
