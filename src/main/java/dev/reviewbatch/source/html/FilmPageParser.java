package dev.reviewbatch.source.html;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

/**
 * Reads a saved film page, 2022 or 2025 markup: the film as page fields ({@code Name},
 * {@code Year}, {@code Letterboxd URI}, {@code Average Rating} 0–5 from
 * {@code twitter:data2} or else the JSON-LD, {@code Film ID}, {@code TMDb ID} or
 * {@code TMDb TV ID}), and one {@link SourceKind#REVIEW} row per popular review.
 * <p>
 * A review row carries the film's fields plus {@code Letterboxd URI} (the review,
 * absolute), {@code Reviewer} (the display name), {@code Rating} ({@code rated-N}; absent
 * when the reviewer did not rate), {@code Review} (HTML as shown, which for a truncated
 * review is only its start), {@code Truncated} ({@code Yes} when the page shows a
 * collapsed excerpt) and {@code Spoilers} ({@code Yes}). Its account is the reviewer's,
 * from the review link, for these are other members' reviews. A film with too few ratings
 * has no average; the field is then absent.
 */
public final class FilmPageParser implements PageParser {

	// --- the film: 2022, 2025, fallback ---

	static final String TITLE = "h1.headline-1, h1.primaryname span.name, h1.filmtitle";

	static final String YEAR = "small.number a[href^=/films/year/], span.releasedate a";

	static final String OG_TITLE = "meta[property=og:title]";

	static final String AVERAGE_LABEL = "meta[name=twitter:label2]";

	static final String AVERAGE_VALUE = "meta[name=twitter:data2]";

	static final String AVERAGE_LABEL_TEXT = "Average rating";

	static final Pattern AVERAGE_TEXT = Pattern.compile("^(\\d+(?:\\.\\d+)?) out of 5$");

	static final String FILM_ID = "#js-poster-col [data-film-id]";

	/** {@code <body data-tmdb-type="movie|tv" data-tmdb-id="…">}. */
	static final String TMDB_BODY = "body[data-tmdb-id]";

	// --- popular reviews: 2022 li.film-detail, 2025 article.production-viewing ---

	static final String REVIEWS = "li.film-detail[data-person], article.production-viewing[data-person]";

	static final String REVIEW_LINK = "a.context";

	static final String REVIEWER = "strong.name, strong.displayname";

	static final String REVIEW_RATING = "span.rating";

	static final String REVIEW_BODY = "div.body-text, div.js-review-body";

	static final String TRUNCATED = "div.collapsed-text";

	static final String SPOILER_NOTE = ".contains-spoilers, .js-spoiler-container";

	private static final String WHERE = "popular review ";

	@Override
	public ParsedPage parse(Document page, String source) {
		Map<Field, String> film = film(page);
		List<RawRow> rows = new ArrayList<>();
		int number = 0;
		for (Element review : page.select(REVIEWS)) {
			number++;
			Provenance from = new Provenance.PageElement(source, where(number, review));
			rows.add(new RawRow(SourceKind.REVIEW, EntryState.LIVE, reviewerAccount(review), from,
					reviewFields(review, film), PageSupport.raw(review)));
		}
		return new ParsedPage(PageKind.FILM, rows, film);
	}

	private static Map<Field, String> film(Document page) {
		FilmJsonLd jsonLd = FilmJsonLd.of(page);
		PageSupport.TitleAndYear ogTitle = PageSupport
			.splitTitle(PageSupport.attribute(page.selectFirst(OG_TITLE), "content"));
		Map<Field, String> film = new EnumMap<>(Field.class);
		PageSupport.putIfPresent(film, Field.NAME,
				firstOf(PageSupport.text(page.selectFirst(TITLE)), ogTitle.title(), jsonLd.name()));
		PageSupport.putIfPresent(film, Field.YEAR,
				firstOf(PageSupport.text(page.selectFirst(YEAR)), ogTitle.year(), jsonLd.releaseYear()));
		PageSupport.putIfPresent(film, Field.LETTERBOXD_URI, PageSupport.pageUrl(page));
		PageSupport.putIfPresent(film, Field.AVERAGE_RATING, firstOf(twitterAverage(page), jsonLd.averageRating()));
		PageSupport.putIfPresent(film, Field.FILM_ID, PageSupport.attribute(page.selectFirst(FILM_ID), "data-film-id"));
		Element tmdb = page.selectFirst(TMDB_BODY);
		if (tmdb != null) {
			Field field = "tv".equals(tmdb.attr("data-tmdb-type")) ? Field.TMDB_TV_ID : Field.TMDB_ID;
			PageSupport.putIfPresent(film, field, tmdb.attr("data-tmdb-id"));
		}
		return film;
	}

	private static String twitterAverage(Document page) {
		String label = PageSupport.attribute(page.selectFirst(AVERAGE_LABEL), "content");
		String value = PageSupport.attribute(page.selectFirst(AVERAGE_VALUE), "content");
		if (!AVERAGE_LABEL_TEXT.equals(label) || value == null) {
			return null;
		}
		Matcher matcher = AVERAGE_TEXT.matcher(value);
		return matcher.matches() ? matcher.group(1) : null;
	}

	private static Map<Field, String> reviewFields(Element review, Map<Field, String> film) {
		Map<Field, String> fields = new EnumMap<>(Field.class);
		PageSupport.putIfPresent(fields, Field.NAME, film.get(Field.NAME));
		PageSupport.putIfPresent(fields, Field.YEAR, film.get(Field.YEAR));
		PageSupport.putIfPresent(fields, Field.LETTERBOXD_URI,
				PageSupport.absolute(PageSupport.attribute(review.selectFirst(REVIEW_LINK), "href")));
		PageSupport.putIfPresent(fields, Field.REVIEWER, PageSupport.text(review.selectFirst(REVIEWER)));
		PageSupport.putIfPresent(fields, Field.RATING, PageSupport.ratedClass(review.selectFirst(REVIEW_RATING)));
		Element body = review.selectFirst(REVIEW_BODY);
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

	private static String reviewerAccount(Element review) {
		String fromLink = PageSupport.memberOf(PageSupport.attribute(review.selectFirst(REVIEW_LINK), "href"));
		return fromLink != null ? fromLink : review.attr("data-person");
	}

	private static String where(int number, Element review) {
		String viewing = PageSupport.attribute(review, "data-viewing-id");
		return WHERE + number + (viewing == null ? "" : " (viewing " + viewing + ")");
	}

	private static String firstOf(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

}
