package dev.reviewbatch.source.html;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

/**
 * Tells what kind of Letterboxd page a saved document is, from its content (meta tags,
 * body classes, the diary table, poster grids), never from the file name. Both the 2022
 * and the 2024+ markups are recognized.
 * <p>
 * A poster grid counts only when the page says whose watched films or watchlist it is, or
 * that it is a list or a person's filmography; likes grids are {@link PageKind#UNKNOWN},
 * so their films are never taken for watched ones. A diary page needs no table: an empty
 * year or month ("… hasn't logged any films during 2023") is still a diary page, told by
 * its address or its notice; a films grid or watchlist without posters is told by its
 * address.
 * <p>
 * {@link #isLetterboxdPage} tells a page of letterboxd.com from any other HTML, so that a
 * Letterboxd page of an unknown kind is never read as a review article; {@link #describe}
 * names a page's kind and markup for messages. Stateless.
 */
public final class PageKindDetector {

	// --- markers, one constant per clue; the next markup change is an edit here ---

	static final String OG_TYPE = "meta[property=og:type]";

	static final String REVIEW_OG_TYPE = "letterboxd:review";

	static final Set<String> FILM_OG_TYPES = Set.of("video.movie", "video.tv_show", "video.episode");

	/**
	 * A review page without og:type: the film heading of a review beside a review body.
	 */
	static final String REVIEW_HEADING = ".film-title-wrapper";

	static final String REVIEW_BODY = "div.review.body-text, div.js-review-body";

	static final String FILM_BODY = "body[data-type=film], body.film";

	static final String DIARY_TABLE = "table#diary-table, tr.diary-entry-row";

	/**
	 * 2022 {@code li.poster-container}, 2025 {@code li.griditem}, some grids
	 * {@code li.posteritem}.
	 */
	static final String POSTER_GRID = "li.poster-container, li.griditem, li.posteritem";

	static final String WATCHED_GRID_BODY = "body.films-watched";

	static final String WATCHLIST_BODY = "body[class*=watchlist]";

	/**
	 * Weaker clues, consulted only when neither body class nor og:url tells: the
	 * watchlist's own counters.
	 */
	static final String WATCHLIST_CONTENT = ".s-watchlist-content, .js-watchlist-count";

	/**
	 * {@code /<user>/films/…} except the diary and review lists, which are no poster
	 * grids.
	 */
	static final Pattern WATCHED_PATH = Pattern
		.compile("^https?://(?:www\\.)?letterboxd\\.com/[^/]+/films/(?!diary/|reviews/)");

	static final Pattern WATCHLIST_PATH = Pattern.compile("^https?://(?:www\\.)?letterboxd\\.com/[^/]+/watchlist/");

	/**
	 * {@code /<user>/films/diary/…}: a diary page even when it shows no table (nothing
	 * logged in that period).
	 */
	static final Pattern DIARY_PATH = Pattern.compile("^https?://(?:www\\.)?letterboxd\\.com/[^/]+/films/diary/");

	/** {@code /<user>/list/<slug>/…}: a member's list. */
	static final Pattern LIST_PATH = Pattern.compile("^https?://(?:www\\.)?letterboxd\\.com/[^/]+/list/[^/]+/");

	static final String LIST_OG_TYPE = "letterboxd:list";

	/**
	 * A ranked or unranked list's entries, both markups:
	 * {@code li.poster-container.numbered-list-item},
	 * {@code li.posteritem.numbered-list-item}.
	 */
	static final String LIST_ENTRIES = "li.numbered-list-item";

	static final String LIST_BODY = "body.list-page";

	/**
	 * A person's films: {@code /director/<slug>/}, {@code /actor/<slug>/} and the other
	 * role sections.
	 */
	static final Pattern FILMOGRAPHY_PATH = Pattern.compile("^https?://(?:www\\.)?letterboxd\\.com/("
			+ String.join("|", FilmographyPageParser.ROLES.keySet()) + ")/[^/]+/");

	/** Meta tags and links that place a page on letterboxd.com. */
	static final String SITE_NAME = "meta[property=og:site_name]";

	static final String CANONICAL = "link[rel=canonical]";

	static final Pattern LETTERBOXD_URL = Pattern.compile("^https?://(?:www\\.)?letterboxd\\.com/");

	/**
	 * Markup generations: the 2024–2025 React components and {@code col-*} diary columns,
	 * else the older markup.
	 */
	static final String MARKUP_2025 = "[data-component-class], th[class*=col-], article.production-viewing";

	private PageKindDetector() {
	}

	/** The page's kind; {@link PageKind#UNKNOWN} when no clue fits. */
	public static PageKind detect(Document page) {
		if (isReview(page)) {
			return PageKind.REVIEW;
		}
		if (isFilm(page)) {
			return PageKind.FILM;
		}
		String url = nullToEmpty(PageSupport.pageUrl(page));
		if (page.selectFirst(DIARY_TABLE) != null || DIARY_PATH.matcher(url).find()
				|| EmptyPageNotice.isEmptyDiary(page)) {
			return PageKind.DIARY;
		}
		if (LIST_PATH.matcher(url).find() || LIST_OG_TYPE.equals(ogType(page)) || page.selectFirst(LIST_ENTRIES) != null
				|| page.selectFirst(LIST_BODY) != null) {
			return PageKind.LIST;
		}
		if (FILMOGRAPHY_PATH.matcher(url).find()) {
			return PageKind.FILMOGRAPHY;
		}
		if (page.selectFirst(POSTER_GRID) != null) {
			return gridKind(page);
		}
		// a grid page without posters (nothing watched or added yet) is still its kind,
		// told by its address
		if (WATCHLIST_PATH.matcher(url).find()) {
			return PageKind.WATCHLIST;
		}
		return WATCHED_PATH.matcher(url).find() ? PageKind.FILM_GRID : PageKind.UNKNOWN;
	}

	/**
	 * Why a page is {@link PageKind#UNKNOWN}, in a few words with the clues it did have.
	 */
	public static String whyUnknown(Document page) {
		String clues = "title \"" + page.title().strip() + "\", og:type \"" + ogType(page) + "\"";
		if (page.selectFirst(POSTER_GRID) != null) {
			return "a poster grid that is neither a watched-films grid, a watchlist, a list nor a filmography (a likes page?); "
					+ clues + ", og:url \"" + nullToEmpty(PageSupport.pageUrl(page)) + "\"";
		}
		if (page.body() == null || page.body().children().isEmpty()) {
			return "the page is empty";
		}
		return "no diary table, poster grid, film or review markers; " + clues;
	}

	/**
	 * True for a page of letterboxd.com: {@code og:site_name} "Letterboxd", or an
	 * {@code og:url} or canonical link on letterboxd.com, or any page whose kind
	 * {@link #detect} tells.
	 */
	public static boolean isLetterboxdPage(Document page) {
		String siteName = PageSupport.attribute(page.selectFirst(SITE_NAME), "content");
		String canonical = PageSupport.attribute(page.selectFirst(CANONICAL), "href");
		return "Letterboxd".equalsIgnoreCase(siteName)
				|| LETTERBOXD_URL.matcher(nullToEmpty(PageSupport.pageUrl(page))).find()
				|| LETTERBOXD_URL.matcher(nullToEmpty(canonical)).find() || detect(page) != PageKind.UNKNOWN;
	}

	/**
	 * The page's kind and markup in words, e.g.
	 * {@code Letterboxd list page (2025 markup)}.
	 */
	public static String describe(Document page, PageKind kind) {
		return "Letterboxd " + kind.label() + " (" + markup(page) + ")";
	}

	/**
	 * {@code 2025 markup} when the page uses the React components or {@code col-*}
	 * columns, else {@code pre-2024 markup}.
	 */
	static String markup(Document page) {
		return page.selectFirst(MARKUP_2025) != null ? "2025 markup" : "pre-2024 markup";
	}

	private static boolean isReview(Document page) {
		return REVIEW_OG_TYPE.equals(ogType(page))
				|| (page.selectFirst(REVIEW_HEADING) != null && page.selectFirst(REVIEW_BODY) != null);
	}

	private static boolean isFilm(Document page) {
		return FILM_OG_TYPES.contains(ogType(page)) || page.selectFirst(FILM_BODY) != null;
	}

	private static PageKind gridKind(Document page) {
		String url = nullToEmpty(PageSupport.pageUrl(page));
		if (page.selectFirst(WATCHLIST_BODY) != null || WATCHLIST_PATH.matcher(url).find()) {
			return PageKind.WATCHLIST;
		}
		if (page.selectFirst(WATCHED_GRID_BODY) != null || WATCHED_PATH.matcher(url).find()) {
			return PageKind.FILM_GRID;
		}
		return page.selectFirst(WATCHLIST_CONTENT) != null ? PageKind.WATCHLIST : PageKind.UNKNOWN;
	}

	private static String ogType(Document page) {
		return nullToEmpty(PageSupport.attribute(page.selectFirst(OG_TYPE), "content"));
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
