package dev.reviewbatch.progress;

/**
 * How big one source of an input is: its bytes, its lines, and its records (after a
 * header line), the last two estimated from a sample of its first bytes (exact when the
 * sample was the whole file). {@code lines} and {@code records} are -1 where lines mean
 * nothing (a saved page, a feed) or the size is unknown. Immutable.
 */
public record SourceSize(long bytes, long lines, long records) {

	public static final SourceSize UNKNOWN = new SourceSize(-1, -1, -1);

	/** A file whose rows are not lines: only its size counts. */
	public static SourceSize bytesOnly(long bytes) {
		return new SourceSize(bytes, -1, -1);
	}

	public boolean hasLines() {
		return lines > 0;
	}
}
