package dev.reviewbatch.domain;

/**
 * One film of a list at its 1-based position, with the user's note on it ({@code notes}
 * may be null).
 */
public record ListEntry(String account, String listKey, int position, Film film, String filmUri, String notes,
		Provenance from) implements ImportItem {

	public ListEntry {
		if (listKey == null || film == null || from == null || position < 1) {
			throw new IllegalArgumentException("a list entry needs a list, a film, a position >= 1 and a provenance");
		}
	}
}
