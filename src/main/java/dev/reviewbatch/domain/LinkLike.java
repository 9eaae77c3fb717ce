package dev.reviewbatch.domain;

import java.time.LocalDate;

/**
 * A liked review or list, known only by its boxd.it link (likes/reviews.csv,
 * likes/lists.csv).
 */
public record LinkLike(String account, String target, LocalDate date, Provenance from) implements ImportItem {

	public LinkLike {
		if (target == null || target.isBlank() || from == null) {
			throw new IllegalArgumentException("a liked link needs a target and a provenance");
		}
	}
}
