package dev.reviewbatch.source.html;

import java.util.EnumMap;
import java.util.Map;

import org.jsoup.nodes.Element;

import dev.reviewbatch.domain.Field;

/**
 * Reads one popular review on a film page (2022 {@code li.film-detail}, 2025
 * {@code article.production-viewing}): the film's fields plus {@code Letterboxd URI} (the
 * review, absolute), {@code Reviewer}, {@code Rating} ({@code rated-N}), {@code Review}
 * (HTML as shown), {@code Truncated} and {@code Spoilers} ({@code Yes}). Immutable; the
 * element is only read.
 */
record PopularReview(Element review) {

	static final String LINK = "a.context";

	static final String RATING = "span.rating";

	static final String BODY = "div.body-text, div.js-review-body";

	static final String TRUNCATED = "div.collapsed-text";

	static final String SPOILER_NOTE = ".contains-spoilers, .js-spoiler-container";

	/** The review's fields, after the film's {@code film} fields it repeats. */
	Map<Field, String> fields(Map<Field, String> film) {
		Map<Field, String> fields = new EnumMap<>(Field.class);
		PageSupport.putIfPresent(fields, Field.NAME, film.get(Field.NAME));
		PageSupport.putIfPresent(fields, Field.YEAR, film.get(Field.YEAR));
		PageSupport.putIfPresent(fields, Field.LETTERBOXD_URI,
				PageSupport.absolute(PageSupport.attribute(review.selectFirst(LINK), "href")));
		PageSupport.putIfPresent(fields, Field.REVIEWER,
				PageSupport.text(review.selectFirst(PageSupport.DISPLAY_NAME)));
		PageSupport.putIfPresent(fields, Field.RATING, PageSupport.ratedClass(review.selectFirst(RATING)));
		Element body = review.selectFirst(BODY);
		if (body != null) {
			Element excerpt = body.selectFirst(TRUNCATED);
			PageSupport.putIfPresent(fields, Field.REVIEW,
					PageSupport.innerHtmlWithout(excerpt != null ? excerpt : body, SPOILER_NOTE));
			PageSupport.putIfPresent(fields, Field.TRUNCATED, excerpt != null ? PageSupport.YES : null);
		}
		PageSupport.putIfPresent(fields, Field.SPOILERS,
				review.selectFirst(SPOILER_NOTE) != null ? PageSupport.YES : null);
		PageSupport.putIfPresent(fields, Field.FILM_ID, film.get(Field.FILM_ID));
		PageSupport.putIfPresent(fields, Field.TMDB_ID, film.get(Field.TMDB_ID));
		PageSupport.putIfPresent(fields, Field.TMDB_TV_ID, film.get(Field.TMDB_TV_ID));
		return fields;
	}

	/**
	 * The reviewer's account, from the review link, else {@code data-person}: these are
	 * other members' reviews.
	 */
	String account() {
		String fromLink = PageSupport.memberOf(PageSupport.attribute(review.selectFirst(LINK), "href"));
		return fromLink != null ? fromLink : review.attr("data-person");
	}

}
