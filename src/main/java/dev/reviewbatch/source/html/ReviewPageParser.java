package dev.reviewbatch.source.html;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.SourceKind;
import dev.reviewbatch.domain.StarRating;

/**
 * Reads a saved single review page, {@code /<user>/film/<slug>/[N/]}, into one
 * {@link SourceKind#REVIEW} row.
 * <p>
 * No real saved page was available: the selectors follow the scrapers quoted in FORMATS
 * §5.5 and are checked only against reviewbatch's own fixture. Fields: {@code Name},
 * {@code Year}, {@code Letterboxd URI} (the review page), {@code Reviewer},
 * {@code Rating} ({@code rated-N} from {@code rated-large-N}, else the stars of
 * {@code twitter:data2}), {@code Watched Date} (ISO from the day link, else the date as
 * shown) and {@code Rewatch} ({@code Yes}/{@code No}) for "Watched …"/"Rewatched …", or
 * {@code Date} for "Added …" (a review outside the diary), {@code Review} (HTML) and
 * {@code Spoilers} ({@code Yes}). The account is the review's author, from
 * {@code og:url}.
 */
public final class ReviewPageParser extends ElementPageParser<ReviewPageParser.Review> {

	static final String FILM_TITLE = ".film-title-wrapper a";

	static final String FILM_YEAR = ".film-title-wrapper small.metadata";

	static final String RATING = "span.rating-large";

	static final String VIEW_DATE = "p.view-date";

	static final String BODY = "div.review.body-text, div.js-review-body";

	static final String SPOILER_NOTE = "p.js-spoiler-container, p.contains-spoilers, .contains-spoilers";

	public ReviewPageParser() {
		super(PageKind.REVIEW, "review");
	}

	/** The review's author and its fields, all read from the page as a whole. */
	record Review(String account, Map<Field, String> fields) {
	}

	@Override
	Review page(Document page, String source) {
		return new Review(PageSupport.account(page), fields(page, page.selectFirst(BODY)));
	}

	/**
	 * One element, the review's body (else the page's), whose markup is the row's raw.
	 */
	@Override
	List<Element> elements(Document page) {
		Element body = page.selectFirst(BODY);
		return List.of(body != null ? body : page.body());
	}

	@Override
	void elementRows(Review review, Element raw, int number, Rows rows) {
		rows.add(SourceKind.REVIEW, review.account(), place(), review.fields(), raw);
	}

	private static Map<Field, String> fields(Document page, Element body) {
		Map<Field, String> fields = new EnumMap<>(Field.class);
		PageSupport.putIfPresent(fields, Field.NAME, PageSupport.text(page.selectFirst(FILM_TITLE)));
		PageSupport.putIfPresent(fields, Field.YEAR, PageSupport.text(page.selectFirst(FILM_YEAR)));
		PageSupport.putIfPresent(fields, Field.LETTERBOXD_URI, PageSupport.pageUrl(page));
		PageSupport.putIfPresent(fields, Field.REVIEWER, PageSupport.text(page.selectFirst(PageSupport.DISPLAY_NAME)));
		PageSupport.putIfPresent(fields, Field.RATING, rating(page));
		ViewDate.put(fields, page.selectFirst(VIEW_DATE));
		if (body != null) {
			PageSupport.putIfPresent(fields, Field.REVIEW, PageSupport.innerHtmlWithout(body, SPOILER_NOTE));
		}
		PageSupport.putIfPresent(fields, Field.SPOILERS,
				page.selectFirst(SPOILER_NOTE) != null ? PageSupport.YES : null);
		return fields;
	}

	private static String rating(Document page) {
		String large = PageSupport.ratedClass(page.selectFirst(RATING));
		if (large != null) {
			return large;
		}
		String stars = PageSupport.meta(page, PageSupport.TWITTER_DATA_2);
		return stars != null && stars.chars().anyMatch(c -> StarRating.GLYPHS.shown().indexOf(c) >= 0) ? stars : null;
	}

}
