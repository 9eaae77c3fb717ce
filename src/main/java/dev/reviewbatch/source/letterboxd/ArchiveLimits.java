package dev.reviewbatch.source.letterboxd;

/**
 * Safety limits for reading a ZIP: the most bytes all entries may inflate to, and the
 * highest compression ratio an entry over {@code ratioCheckAboveBytes} may have before it
 * is treated as a ZIP bomb.
 */
public record ArchiveLimits(long maxUnpackedBytes, int maxCompressionRatio, long ratioCheckAboveBytes) {

	/**
	 * 2 GiB unpacked, ratio 200:1 above 64 MiB: far beyond a real export (a 15-year diary
	 * is a few MB).
	 */
	public static final ArchiveLimits DEFAULT = new ArchiveLimits(2L << 30, 200, 64L << 20);

	public ArchiveLimits {
		if (maxUnpackedBytes <= 0 || maxCompressionRatio <= 0 || ratioCheckAboveBytes < 0) {
			throw new IllegalArgumentException("archive limits must be positive");
		}
	}
}
