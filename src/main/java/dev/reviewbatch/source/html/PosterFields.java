package dev.reviewbatch.source.html;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * What one poster of a grid says about its film, in every markup a grid has used: title
 * and year (2025 {@code data-item-name="Title (YYYY)"}, else the poster image's alt text
 * or {@code data-film-name}), the film link ({@code data-item-link},
 * {@code data-target-link} or {@code data-film-slug}, absolute) and the owner's rating
 * ({@code span.rating.rated-N}, else {@code data-owner-rating="N"} on the poster or
 * inside it, 0 = unrated). Stateless; lookups return null where the poster does not say.
 */
final class PosterFields {

	/**
	 * 2025 and posteritem:
	 * {@code div.react-component[data-component-class=LazyPoster][data-item-name]}.
	 */
	static final String ITEM_NAME = "[data-item-name]";

	/** 2022: the poster image's alt text is the title. */
	static final String POSTER_IMAGE = "div.film-poster img[alt], img[alt]";

	static final String FILM_NAME = "[data-film-name]";

	static final String FILM_LINK_ATTRIBUTES = "[data-item-link], [data-film-slug], [data-target-link]";

	/** The link attributes in the order they are trusted. */
	static final List<String> LINK_ATTRIBUTES = List.of("data-item-link", "data-target-link", "data-film-slug");

	static final String RATING = "p.poster-viewingdata span.rating, span.rating";

	/** {@code data-owner-rating="N"}, N half-stars, 0 = unrated. */
	static final String OWNER_RATING_ATTRIBUTE = "data-owner-rating";

	static final String FILM_ID = "[data-film-id]";

	private PosterFields() {
	}

	static PageSupport.TitleAndYear title(Element poster) {
		Element item = poster.selectFirst(ITEM_NAME);
		if (item != null) {
			return PageSupport.splitTitle(item.attr("data-item-name"));
		}
		String alt = PageSupport.attribute(poster.selectFirst(POSTER_IMAGE), "alt");
		if (alt == null) {
			alt = PageSupport.attribute(poster.selectFirst(FILM_NAME), "data-film-name");
		}
		return new PageSupport.TitleAndYear(alt, null);
	}

	/**
	 * The film's page, absolute; a bare slug ({@code data-film-slug="quiet-orbit"})
	 * becomes {@code /film/quiet-orbit/}.
	 */
	static String link(Element poster) {
		Element film = poster.selectFirst(FILM_LINK_ATTRIBUTES);
		if (film == null) {
			return null;
		}
		for (String attribute : LINK_ATTRIBUTES) {
			String value = PageSupport.attribute(film, attribute);
			if (value != null) {
				return PageSupport.absolute(value.contains("/") ? value : "/film/" + value + "/");
			}
		}
		return null;
	}

	/** The owner's rating as {@code rated-N}, or null when unrated or not shown. */
	static String ownerRating(Element poster) {
		String shown = PageSupport.ratedClass(poster.selectFirst(RATING));
		if (shown != null) {
			return shown;
		}
		String owner = PageSupport.attribute(poster, OWNER_RATING_ATTRIBUTE);
		if (owner == null) {
			owner = PageSupport.attribute(poster.selectFirst("[" + OWNER_RATING_ATTRIBUTE + "]"),
					OWNER_RATING_ATTRIBUTE);
		}
		return owner == null || owner.equals("0") ? null : "rated-" + owner;
	}

	static String filmId(Element poster) {
		return PageSupport.attribute(poster.selectFirst(FILM_ID), "data-film-id");
	}

}
