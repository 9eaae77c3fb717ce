package dev.reviewbatch.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A diary entry or a review: one viewing of a film, with the rating given at that
 * viewing.
 * <p>
 * Immutable. Nullable: {@code watchedOn} (reviews not attached to a diary date),
 * {@code loggedOn}, {@code rating} (unrated), {@code review} (no text) and {@code uri}
 * (orphaned entries, delisted films). {@code tags} keep the user's order. A viewing from
 * a CSV line is authoritative for its entry; one from a feed item or a saved page
 * ({@link #fromCsv()} false) only fills what a stored viewing of the same film, date and
 * account lacks.
 */
public record Viewing(String account, Film film, LocalDate watchedOn, LocalDate loggedOn, StarRating rating,
		boolean rewatch, List<String> tags, ReviewText review, String uri, SourceKind kind, EntryState state,
		Provenance from, ViewingDetails details) implements ImportItem {

	public Viewing {
		if (film == null || kind == null || state == null || from == null || details == null) {
			throw new IllegalArgumentException("a viewing needs a film, a kind, a state, a provenance and details");
		}
		tags = List.copyOf(tags);
	}

	/** A viewing with nothing beyond the export's columns. */
	public Viewing(String account, Film film, LocalDate watchedOn, LocalDate loggedOn, StarRating rating,
			boolean rewatch, List<String> tags, ReviewText review, String uri, SourceKind kind, EntryState state,
			Provenance from) {
		this(account, film, watchedOn, loggedOn, rating, rewatch, tags, review, uri, kind, state, from,
				ViewingDetails.NONE);
	}

	public boolean fromCsv() {
		return from instanceof Provenance.CsvLine;
	}
}
