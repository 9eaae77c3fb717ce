package dev.reviewbatch.source.html;

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
public final class ReviewPageParser implements PageParser {

	static final String FILM_TITLE = ".film-title-wrapper a";

	static final String FILM_YEAR = ".film-title-wrapper small.metadata";

	static final String RATING = "span.rating-large";

	static final String TWITTER_RATING = "meta[name=twitter:data2]";

	static final String VIEW_DATE = "p.view-date";

	static final String DATE_LINKS = "a[href*=/for/]";

	static final String ADDED_TIME = "time[datetime]";

	static final Pattern SHOWN_DATE = Pattern.compile("\\b(\\d{1,2} \\p{L}{3} \\d{4})\\b");

	static final String REWATCHED = "Rewatched";

	static final String ADDED = "Added";

	static final String BODY = "div.review.body-text, div.js-review-body";

	static final String SPOILER_NOTE = "p.js-spoiler-container, p.contains-spoilers, .contains-spoilers";

	static final String REVIEWER = "strong.name, strong.displayname";

	private static final String WHERE = "review";

	@Override
	public ParsedPage parse(Document page, String source) {
		Element body = page.selectFirst(BODY);
		Element raw = body != null ? body : page.body();
		RawRow row = new RawRow(SourceKind.REVIEW, EntryState.LIVE, PageSupport.account(page),
				new Provenance.PageElement(source, WHERE), fields(page, body), PageSupport.raw(raw));
		return new ParsedPage(PageKind.REVIEW, List.of(row));
	}

	private static Map<Field, String> fields(Document page, Element body) {
		Map<Field, String> fields = new EnumMap<>(Field.class);
		PageSupport.putIfPresent(fields, Field.NAME, PageSupport.text(page.selectFirst(FILM_TITLE)));
		PageSupport.putIfPresent(fields, Field.YEAR, PageSupport.text(page.selectFirst(FILM_YEAR)));
		PageSupport.putIfPresent(fields, Field.LETTERBOXD_URI, PageSupport.pageUrl(page));
		PageSupport.putIfPresent(fields, Field.REVIEWER, PageSupport.text(page.selectFirst(REVIEWER)));
		PageSupport.putIfPresent(fields, Field.RATING, rating(page));
		putViewingDate(fields, page.selectFirst(VIEW_DATE));
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
		String stars = PageSupport.attribute(page.selectFirst(TWITTER_RATING), "content");
		return stars != null && stars.chars().anyMatch(c -> StarRating.GLYPHS.shown().indexOf(c) >= 0) ? stars : null;
	}

	/**
	 * "Watched/Rewatched 01 Jan 2024" → {@code Watched Date} and {@code Rewatch}; "Added
	 * …" → {@code Date}.
	 */
	private static void putViewingDate(Map<Field, String> fields, Element viewDate) {
		String text = PageSupport.text(viewDate);
		if (text == null) {
			return;
		}
		if (text.startsWith(ADDED)) {
			String iso = PageSupport.attribute(viewDate.selectFirst(ADDED_TIME), "datetime");
			PageSupport.putIfPresent(fields, Field.DATE, iso != null ? iso : shownDate(text));
			return;
		}
		String iso = dayLinkDate(viewDate);
		PageSupport.putIfPresent(fields, Field.WATCHED_DATE, iso != null ? iso : shownDate(text));
		PageSupport.putIfPresent(fields, Field.REWATCH, text.startsWith(REWATCHED) ? PageSupport.YES : PageSupport.NO);
	}

	/**
	 * The date of the day link; the month and year links beside it carry no full date.
	 */
	private static String dayLinkDate(Element viewDate) {
		for (Element link : viewDate.select(DATE_LINKS)) {
			String iso = PageSupport.diaryDate(link.attr("href"));
			if (iso != null) {
				return iso;
			}
		}
		return null;
	}

	private static String shownDate(String text) {
		Matcher matcher = SHOWN_DATE.matcher(text);
		return matcher.find() ? matcher.group(1) : null;
	}

}
