package dev.reviewbatch.normalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.reviewbatch.domain.StarRating;

/**
 * What a review article says, normalized ({@link ArticleNormalizer}): the film
 * ({@code title}, {@code year}), the review's own title, its author and publish date, its
 * Letterboxd link, its plain text, every rating statement in the text ({@code mentions},
 * in order), the rating events ({@code ratingHistory}, oldest first, the current one
 * last) and the current {@code rating}.
 * <p>
 * Any component but the lists may be null where the article does not say. An article
 * without a film title or a rating cannot become a review: then {@link #problem()} says
 * why. Immutable.
 */
public record ParsedArticle(String title, Integer year, String reviewTitle, String author, LocalDate published,
		String letterboxdLink, String text, List<RatingMention> mentions, List<StarRating> ratingHistory,
		StarRating rating, String problem) {

	/** The most characters of the text a reject shows. */
	static final int RAW_LIMIT = 2_000;

	public ParsedArticle {
		mentions = List.copyOf(mentions);
		ratingHistory = List.copyOf(ratingHistory);
		if (problem == null && (title == null || rating == null)) {
			throw new IllegalArgumentException("an article without a title or a rating needs a problem");
		}
	}

	/** True when the article can become a review. */
	public boolean isReadable() {
		return problem == null;
	}

	/** The ratings before the current one, oldest first. */
	List<StarRating> earlierRatings() {
		return ratingHistory.isEmpty() ? List.of() : ratingHistory.subList(0, ratingHistory.size() - 1);
	}

	/**
	 * The article as a reject shows it: {@code Title (Year)} and the text, capped at
	 * {@link #RAW_LIMIT} characters.
	 */
	String raw() {
		List<String> parts = new ArrayList<>();
		if (title != null) {
			parts.add(year == null ? title : title + " (" + year + ")");
		}
		if (text != null) {
			parts.add(text.length() > RAW_LIMIT ? text.substring(0, RAW_LIMIT) + "…" : text);
		}
		return String.join("\n", parts);
	}

}
