package dev.reviewbatch.domain;

/** Whether a stored entry is live, or kept for the record only. */
public enum EntryState {

	/** Present in the latest import of its source. */
	LIVE,
	/** Listed under the export's {@code deleted/} folder: the user deleted it. */
	DELETED,
	/**
	 * Listed under the export's {@code orphaned/} folder: its film left the catalogue; it
	 * has no URI.
	 */
	ORPHANED,
	/** Present in an earlier export but absent from a newer one of the same account. */
	GONE

}
