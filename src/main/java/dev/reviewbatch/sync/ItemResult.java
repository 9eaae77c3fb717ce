package dev.reviewbatch.sync;

/**
 * What the sync did with one feed or inbox file. {@code runId} is 0 when nothing was
 * imported. Immutable.
 *
 * @param name the feed as configured, or the inbox file's name
 * @param detail one line for people, e.g. {@code run 7: 2 new, 5 unchanged, …} or the
 * error
 */
public record ItemResult(String name, Status status, String detail, long runId) {

	/** What became of the item. */
	public enum Status {

		/** Imported; the detail has the run's counts. */
		IMPORTED,
		/**
		 * A feed with nothing new since the last fetch (HTTP 304 or the same content).
		 */
		NOT_MODIFIED,
		/**
		 * An inbox file whose content was imported before, under this or another name;
		 * moved, not imported.
		 */
		DUPLICATE,
		/**
		 * An inbox file still being written, or not a kind of file the import reads; left
		 * for later.
		 */
		SKIPPED,
		/**
		 * Could not be fetched, parsed or imported; the detail says why. The other items
		 * still ran.
		 */
		FAILED

	}

	public boolean failed() {
		return status == Status.FAILED;
	}
}
