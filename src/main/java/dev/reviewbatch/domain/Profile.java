package dev.reviewbatch.domain;

import java.time.LocalDate;

/**
 * The account itself: username and join date. Deliberately nothing else: profile.csv also
 * holds names, an e-mail address and a bio, which reviewbatch neither stores nor logs.
 */
public record Profile(String username, LocalDate joined, Provenance from) implements ImportItem {

	public Profile {
		if (username == null || username.isBlank() || from == null) {
			throw new IllegalArgumentException("a profile needs a username and a provenance");
		}
	}
}
