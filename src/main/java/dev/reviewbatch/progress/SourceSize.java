package dev.reviewbatch.progress;

/**
 * How big one source of an input is: its bytes, and its records estimated from a sample of its first bytes
 * (exact when the sample was the whole file). {@code lines} and {@code records} are -1 where lines mean nothing
 * (a saved page, a feed) or the size is unknown. Immutable.
 */
public record SourceSize(long bytes, long lines, long records) {

	public static final SourceSize UNKNOWN = new SourceSize(-1, -1, -1);

	/** A file whose rows are not lines: only its size counts. */
	public static SourceSize bytesOnly(long bytes) {
		return new SourceSize(bytes, -1, -1);
	}

	/** A CSV file with a header line: records are its lines after the header. */
	public static SourceSize csv(long bytes, long lines) {
		return new SourceSize(bytes, lines, Math.max(0, lines - 1));
	}

	public boolean hasLines() {
		return lines > 0;
	}
}
