package dev.reviewbatch.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A list's metadata. {@code listKey} identifies it within the store (its URI, or the
 * account and file when the URI is blank); {@code name} keeps the user's spelling,
 * trailing spaces trimmed.
 */
public record FilmList(String account, String listKey, String name, List<String> tags, String uri, String description,
		LocalDate date, EntryState state, Provenance from) implements ImportItem {

	public FilmList {
		if (listKey == null || name == null || state == null || from == null) {
			throw new IllegalArgumentException("a list needs a key, a name, a state and a provenance");
		}
		tags = List.copyOf(tags);
	}
}
