package dev.reviewbatch.source.html;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.reviewbatch.domain.Field;
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
public final class FilmPageParser extends ElementPageParser<Map<Field, String>> {

	// --- the film: 2022, 2025, fallback ---

	static final String TITLE = "h1.headline-1, h1.primaryname span.name, h1.filmtitle";

	static final String YEAR = "small.number a[href^=/films/year/], span.releasedate a";

	static final String AVERAGE_LABEL_TEXT = "Average rating";

	static final Pattern AVERAGE_TEXT = Pattern.compile("^(\\d+(?:\\.\\d+)?) out of 5$");

	static final String FILM_ID = "#js-poster-col [data-film-id]";

	/** {@code <body data-tmdb-type="movie|tv" data-tmdb-id="…">}. */
	static final String TMDB_BODY = "body[data-tmdb-id]";

	/** One popular review ({@link PopularReview}). */
	static final String REVIEWS = "li.film-detail[data-person], article.production-viewing[data-person]";

	public FilmPageParser() {
		super(PageKind.FILM, "popular review ");
	}

	/** The film: the page fields, which every review row repeats. */
	@Override
	Map<Field, String> page(Document page, String source) {
		return film(page);
	}

	@Override
	List<Element> elements(Document page) {
		return page.select(REVIEWS);
	}

	@Override
	void elementRows(Map<Field, String> film, Element review, int number, Rows rows) {
		PopularReview popular = new PopularReview(review);
		rows.add(SourceKind.REVIEW, popular.account(), viewingPlace(number, review), popular.fields(film), review);
	}

	@Override
	Map<Field, String> pageFields(Map<Field, String> film) {
		return film;
	}

	private static Map<Field, String> film(Document page) {
		FilmJsonLd jsonLd = FilmJsonLd.of(page);
		PageSupport.TitleAndYear ogTitle = PageSupport.splitTitle(PageSupport.meta(page, PageSupport.OG_TITLE));
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
		String label = PageSupport.meta(page, PageSupport.TWITTER_LABEL_2);
		String value = PageSupport.meta(page, PageSupport.TWITTER_DATA_2);
		if (!AVERAGE_LABEL_TEXT.equals(label) || value == null) {
			return null;
		}
		Matcher matcher = AVERAGE_TEXT.matcher(value);
		return matcher.matches() ? matcher.group(1) : null;
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
