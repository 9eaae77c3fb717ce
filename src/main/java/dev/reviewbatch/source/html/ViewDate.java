package dev.reviewbatch.source.html;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import dev.reviewbatch.domain.Field;

/**
 * Reads a review page's view-date line, {@code p.view-date}: "Watched 01 Jan 2024" or
 * "Rewatched …" gives {@code Watched Date} (ISO from the day link, else the date as
 * shown) and {@code Rewatch} ({@code Yes}/{@code No}); "Added …" (a review outside the
 * diary) gives {@code Date} (the {@code time[datetime]}, else the date as shown).
 * Stateless.
 */
final class ViewDate {

	static final String DATE_LINKS = "a[href*=/for/]";

	static final String ADDED_TIME = "time[datetime]";

	static final Pattern SHOWN_DATE = Pattern.compile("\\b(\\d{1,2} \\p{L}{3} \\d{4})\\b");

	static final String REWATCHED = "Rewatched";

	static final String ADDED = "Added";

	private ViewDate() {
	}

	/** Puts the line's fields; nothing when {@code viewDate} is null or empty. */
	static void put(Map<Field, String> fields, Element viewDate) {
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
