package dev.reviewbatch.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A diary entry or a review: one viewing of a film, with the rating given at that viewing.
 * <p>
 * Immutable. Nullable: {@code watchedOn} (reviews not attached to a diary date), {@code loggedOn},
 * {@code rating} (unrated), {@code review} (no text) and {@code uri} (orphaned entries, delisted films).
 * {@code tags} keep the user's order.
 */
public record Viewing(String account, Film film, LocalDate watchedOn, LocalDate loggedOn, StarRating rating,
		boolean rewatch, List<String> tags, ReviewText review, String uri, SourceKind kind, EntryState state,
		Provenance from) implements ImportItem {

	public Viewing {
		if (film == null || kind == null || state == null || from == null) {
			throw new IllegalArgumentException("a viewing needs a film, a kind, a state and a provenance");
		}
		tags = List.copyOf(tags);
	}
}
