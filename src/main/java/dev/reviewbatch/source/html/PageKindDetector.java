package dev.reviewbatch.source.html;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

/**
 * Tells what kind of Letterboxd page a saved document is, from its content (meta tags, body classes, the
 * diary table, poster grids), never from the file name. Both the 2022 and the 2024+ markups are recognized.
 * <p>
 * A poster grid counts only when the page says whose watched films or watchlist it is; list and likes
 * grids are {@link PageKind#UNKNOWN}, so their films are never taken for watched ones. Stateless.
 */
public final class PageKindDetector {

	// --- markers, one constant per clue; the next markup change is an edit here ---

	static final String OG_TYPE = "meta[property=og:type]";

	static final String REVIEW_OG_TYPE = "letterboxd:review";

	static final Set<String> FILM_OG_TYPES = Set.of("video.movie", "video.tv_show", "video.episode");

	/** A review page without og:type: the film heading of a review beside a review body. */
	static final String REVIEW_HEADING = ".film-title-wrapper";

	static final String REVIEW_BODY = "div.review.body-text, div.js-review-body";

	static final String FILM_BODY = "body[data-type=film], body.film";

	static final String DIARY_TABLE = "table#diary-table, tr.diary-entry-row";

	/** 2022 {@code li.poster-container}, 2025 {@code li.griditem}, some grids {@code li.posteritem}. */
	static final String POSTER_GRID = "li.poster-container, li.griditem, li.posteritem";

	static final String WATCHED_GRID_BODY = "body.films-watched";

	static final String WATCHLIST_BODY = "body[class*=watchlist]";

	/** Weaker clues, consulted only when neither body class nor og:url tells: the watchlist's own counters. */
	static final String WATCHLIST_CONTENT = ".s-watchlist-content, .js-watchlist-count";

	/** {@code /<user>/films/…} except the diary and review lists, which are no poster grids. */
	static final Pattern WATCHED_PATH = Pattern
		.compile("^https?://(?:www\\.)?letterboxd\\.com/[^/]+/films/(?!diary/|reviews/)");

	static final Pattern WATCHLIST_PATH = Pattern.compile("^https?://(?:www\\.)?letterboxd\\.com/[^/]+/watchlist/");

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
		if (page.selectFirst(DIARY_TABLE) != null) {
			return PageKind.DIARY;
		}
		if (page.selectFirst(POSTER_GRID) != null) {
			return gridKind(page);
		}
		return PageKind.UNKNOWN;
	}

	/** Why a page is {@link PageKind#UNKNOWN}, in a few words with the clues it did have. */
	public static String whyUnknown(Document page) {
		String clues = "title \"" + page.title().strip() + "\", og:type \"" + ogType(page) + "\"";
		if (page.selectFirst(POSTER_GRID) != null) {
			return "a poster grid that is neither a watched-films grid nor a watchlist (a list or likes page?); "
					+ clues + ", og:url \"" + nullToEmpty(PageSupport.pageUrl(page)) + "\"";
		}
		if (page.body() == null || page.body().children().isEmpty()) {
			return "the page is empty";
		}
		return "no diary table, poster grid, film or review markers; " + clues;
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
