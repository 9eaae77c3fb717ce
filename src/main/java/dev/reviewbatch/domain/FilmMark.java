package dev.reviewbatch.domain;

import java.time.LocalDate;

/**
 * A film the account marked: watched ({@link SourceKind#WATCHED}), on the watchlist
 * ({@link SourceKind#WATCHLIST}) or liked ({@link SourceKind#LIKED_FILM}), on
 * {@code date}. {@code date} and {@code filmUri} may be null.
 */
public record FilmMark(String account, SourceKind kind, Film film, LocalDate date, String filmUri, EntryState state,
		Provenance from) implements ImportItem {

	public FilmMark {
		if (kind != SourceKind.WATCHED && kind != SourceKind.WATCHLIST && kind != SourceKind.LIKED_FILM) {
			throw new IllegalArgumentException("not a film mark: " + kind);
		}
		if (film == null || state == null || from == null) {
			throw new IllegalArgumentException("a film mark needs a film, a state and a provenance");
		}
	}
}
