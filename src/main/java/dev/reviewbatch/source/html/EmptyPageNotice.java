package dev.reviewbatch.source.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

/**
 * The notice Letterboxd shows in place of entries when a page has none: "Demo Viewer
 * hasn't logged any films during 2023", "… hasn't added any films to this list", "No
 * films yet". A page that shows one is an empty page of its kind, not a page whose markup
 * reviewbatch missed. Stateless.
 */
final class EmptyPageNotice {

	/** "… hasn't logged any films …" on an empty diary year, month or page. */
	static final Pattern EMPTY_DIARY = Pattern
		.compile("\\b(?:hasn[’']t|has not) logged any (?:films|entries)\\b[^.\\n]*", Pattern.CASE_INSENSITIVE);

	/**
	 * Any empty-page notice: the diary's, and the grids' and lists' "hasn't
	 * added/rated/watched any films", "no films yet".
	 */
	static final Pattern ANY = Pattern
		.compile("\\b(?:hasn[’']t|has not) (?:logged|added|rated|watched|liked|reviewed) any "
				+ "(?:films|entries)\\b[^.\\n]*|\\bno (?:films|entries) yet\\b", Pattern.CASE_INSENSITIVE);

	private EmptyPageNotice() {
	}

	static boolean isEmptyDiary(Document page) {
		return page.body() != null && EMPTY_DIARY.matcher(page.body().text()).find();
	}

	/**
	 * The page's empty-page notice as shown ("hasn't logged any films during 2023"), or
	 * null when it shows none.
	 */
	static String of(Document page) {
		if (page.body() == null) {
			return null;
		}
		Matcher matcher = ANY.matcher(page.body().text());
		return matcher.find() ? matcher.group().strip() : null;
	}

}
