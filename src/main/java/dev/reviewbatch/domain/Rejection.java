package dev.reviewbatch.domain;

/**
 * A row that could not be normalized, or a file that could not be read: where, why, and
 * the row as it was. Rejections are data: they are written with the chunk they belong to,
 * so a restart never loses or repeats one. The reason and the raw row are cut to
 * {@link StoreLimits#REJECT_REASON} and {@link StoreLimits#REJECT_RAW} characters, so a
 * reject always fits the store.
 */
public record Rejection(Provenance from, String reason, String raw) implements ImportItem {

	/**
	 * How a source's reason begins when it refuses a whole file (and hands none of its
	 * rows).
	 */
	public static final String FILE_REFUSED = "file refused: ";

	public Rejection {
		if (from == null || reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a rejection needs a provenance and a reason");
		}
		reason = StoreLimits.cut(reason, StoreLimits.REJECT_REASON);
		raw = raw == null ? "" : StoreLimits.cut(raw, StoreLimits.REJECT_RAW);
	}

	/**
	 * True when this is a whole file refused rather than one row: the file says nothing
	 * about its entries.
	 */
	public boolean refusesFile() {
		return reason.startsWith(FILE_REFUSED);
	}
}
