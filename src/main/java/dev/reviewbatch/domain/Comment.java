package dev.reviewbatch.domain;

import java.time.LocalDate;

/**
 * A comment the account wrote on {@code target} (a boxd.it link); {@code text} keeps its
 * line breaks.
 */
public record Comment(String account, LocalDate date, String target, String text, EntryState state,
		Provenance from) implements ImportItem {

	public Comment {
		if (target == null || text == null || state == null || from == null) {
			throw new IllegalArgumentException("a comment needs a target, text, a state and a provenance");
		}
	}
}
