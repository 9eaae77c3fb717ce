package dev.reviewbatch.source.html;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.reviewbatch.domain.Field;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Small lookups every page parser shares: ratings from {@code rated-N} classes, absolute
 * links, the account a page belongs to, titles with a year in parentheses, diary dates in
 * links and the raw text of an element. Stateless; methods return {@code null} where the
 * page does not say.
 */
final class PageSupport {

	static final String SITE = "https://letterboxd.com";

	/** A flag as the export writes it: {@code Yes} or {@code No}. */
	static final String YES = "Yes";

	static final String NO = "No";

	/**
	 * The most characters of an element's markup kept as a row's {@code raw}, for the
	 * rejects file.
	 */
	static final int RAW_LIMIT = 2_000;

	private static final Pattern RATED_CLASS = Pattern.compile("\\brated-(?:large-)?(\\d{1,2})\\b");

	private static final Pattern TITLE_WITH_YEAR = Pattern.compile("^(.*) \\((\\d{4})\\)$");

	private static final Pattern DIARY_DAY = Pattern.compile("/for/(\\d{4})/(\\d{2})/(\\d{2})/");

	/**
	 * {@code /<user>/<section>/…}: a member's page, whose first path segment is the
	 * account.
	 */
	private static final Pattern MEMBER_PATH = Pattern
		.compile("^(?:https?://(?:www\\.)?letterboxd\\.com)?/([^/]+)/(?:films|film|watchlist|likes|list|lists|rss)/");

	/** First path segments that name a site section, never a member. */
	private static final Set<String> SITE_SECTIONS = Set.of("film", "films", "list", "lists", "director", "actor",
			"studio", "s", "ajax", "search", "tag", "members");

	private static final String OG_URL = "meta[property=og:url]";

	/** The page's title as shared on social sites: film pages, lists, filmographies. */
	static final String OG_TITLE = "meta[property=og:title]";

	/**
	 * The second label/value pair Letterboxd gives link previews: a film's "Average
	 * rating", a review's stars.
	 */
	static final String TWITTER_LABEL_2 = "meta[name=twitter:label2]";

	static final String TWITTER_DATA_2 = "meta[name=twitter:data2]";

	/** A member's display name beside a review, 2022 and 2025 markup. */
	static final String DISPLAY_NAME = "strong.name, strong.displayname";

	private static final String OWNER_ATTRIBUTE = "data-owner";

	private PageSupport() {
	}

	/**
	 * The rating in an element's classes as {@code rated-N} (N = half-stars 1..10), or
	 * null when unrated.
	 */
	static String ratedClass(Element element) {
		if (element == null) {
			return null;
		}
		Matcher matcher = RATED_CLASS.matcher(element.className());
		return matcher.find() && !"0".equals(matcher.group(1)) ? "rated-" + matcher.group(1) : null;
	}

	/**
	 * A site link made absolute ({@code /film/x/} →
	 * {@code https://letterboxd.com/film/x/}); null when blank.
	 */
	static String absolute(String href) {
		if (href == null || href.isBlank()) {
			return null;
		}
		String link = href.strip();
		return link.startsWith("/") && !link.startsWith("//") ? SITE + link : link;
	}

	/**
	 * The member a link belongs to ({@code /pstinnett/film/cure/} → {@code pstinnett}),
	 * or null.
	 */
	static String memberOf(String link) {
		if (link == null) {
			return null;
		}
		Matcher matcher = MEMBER_PATH.matcher(link.strip());
		return matcher.find() && !SITE_SECTIONS.contains(matcher.group(1)) ? matcher.group(1) : null;
	}

	/**
	 * The account whose page this is: from {@code og:url}, else the body's
	 * {@code data-owner}; "" when neither.
	 */
	static String account(Document page) {
		String fromUrl = memberOf(meta(page, OG_URL));
		if (fromUrl != null) {
			return fromUrl;
		}
		String owner = page.body() == null ? "" : page.body().attr(OWNER_ATTRIBUTE);
		return owner.strip();
	}

	/** The page's own address from {@code og:url}, or null. */
	static String pageUrl(Document page) {
		return meta(page, OG_URL);
	}

	/**
	 * {@code "Title (YYYY)"} split in two; a name without a trailing year keeps the whole
	 * name as title.
	 */
	static TitleAndYear splitTitle(String name) {
		String value = name == null ? "" : name.strip();
		Matcher matcher = TITLE_WITH_YEAR.matcher(value);
		return matcher.matches() ? new TitleAndYear(matcher.group(1), matcher.group(2)) : new TitleAndYear(value, null);
	}

	/**
	 * The ISO date in a diary link ({@code …/for/2022/10/02/} → {@code 2022-10-02}), or
	 * null.
	 */
	static String diaryDate(String href) {
		if (href == null) {
			return null;
		}
		Matcher matcher = DIARY_DAY.matcher(href);
		return matcher.find() ? matcher.group(1) + "-" + matcher.group(2) + "-" + matcher.group(3) : null;
	}

	/** The element's markup as saved, cut to {@link #RAW_LIMIT} characters. */
	static String raw(Element element) {
		String html = element.outerHtml();
		return html.length() <= RAW_LIMIT ? html : html.substring(0, RAW_LIMIT) + "…";
	}

	/**
	 * The element's inner HTML as saved, stripped, leaving out child elements that match
	 * {@code selector} (a spoiler note that a parser turns into a flag instead).
	 */
	static String innerHtmlWithout(Element element, String selector) {
		StringBuilder html = new StringBuilder();
		for (Node node : element.childNodes()) {
			if (!(node instanceof Element child && child.is(selector))) {
				html.append(node.outerHtml());
			}
		}
		return html.toString().strip();
	}

	/**
	 * The attribute's value, stripped; null when the element or the value is absent or
	 * blank.
	 */
	static String attribute(Element element, String name) {
		if (element == null) {
			return null;
		}
		String value = element.attr(name).strip();
		return value.isEmpty() ? null : value;
	}

	/**
	 * The element's text, stripped; null when the element is absent or its text blank.
	 */
	static String text(Element element) {
		if (element == null) {
			return null;
		}
		String value = element.text().strip();
		return value.isEmpty() ? null : value;
	}

	/**
	 * The {@code content} of the page's first {@code <meta>} matching {@code selector}.
	 */
	static String meta(Document page, String selector) {
		return attribute(page.selectFirst(selector), "content");
	}

	/**
	 * Puts the value under the field unless it is null or blank: absent fields mean "the
	 * page does not say".
	 */
	static void putIfPresent(Map<Field, String> fields, Field field, String value) {
		if (value != null && !value.isBlank()) {
			fields.put(field, value);
		}
	}

	/** A title and, when the name carried one, its year as text. */
	record TitleAndYear(String title, String year) {
	}

}
