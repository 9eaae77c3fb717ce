package dev.reviewbatch.source.html;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.SourceKind;

/**
 * Reads a saved list page, {@code /<user>/list/<slug>/}, pre-2024
 * ({@code li.poster-container.numbered-list-item} around a
 * {@code div.film-poster[data-film-slug]}) or 2025 ({@code li.posteritem} around a
 * {@code LazyPoster}), into the rows a list file of the export gives: one
 * {@link SourceKind#LIST} row, then per film one {@link SourceKind#LIST_ENTRY} row and,
 * when the owner rated the film, one undated {@link SourceKind#RATING} row.
 * <p>
 * List row: {@code Name} ({@code og:title}, else the heading), {@code URL} (the list's
 * address from {@code og:url}, without a {@code page/N/} suffix), {@code Description} (as
 * shown), {@code File} (the saved file: the list's key when the page gives no address).
 * Entry row: {@code List URL}, {@code Position} (the number a ranked list shows in
 * {@code p.list-number}, else the poster's place on the page), {@code Name}, {@code Year}
 * (2025 only), {@code URL} (the film), {@code File}. Rating row: {@code Name},
 * {@code Year}, {@code Letterboxd URI}, {@code Rating} ({@code rated-N} from
 * {@code data-owner-rating} or a shown {@code rated-N}). The account is the list's owner.
 * A list page shows no dates. Stateless and thread-safe.
 */
public final class ListPageParser extends ElementPageParser<ListPageParser.ListPage> {

	/** Entries of a list, both markups; any poster when a page has no numbered items. */
	static final String ENTRIES = "li.numbered-list-item";

	static final String ANY_POSTER = FilmGridParser.POSTERS;

	static final String LIST_NUMBER = ".list-number";

	static final String HEADING = "h1.title-1, section.list-title-intro h1, h1";

	/**
	 * The description as shown, tried in this order (a selector group would return the
	 * first in the document).
	 */
	static final List<String> DESCRIPTION = List.of(".list-description", ".body-text.-prose",
			"meta[property=og:description]");

	/** The list's own address, without a page, detail or sort suffix. */
	static final Pattern LIST_URL = Pattern.compile("^(https?://(?:www\\.)?letterboxd\\.com/[^/]+/list/[^/]+/)");

	/** The list's account, file name and address. */
	record ListPage(String account, String file, String url) {
	}

	public ListPageParser() {
		super(PageKind.LIST, "list entry ");
	}

	@Override
	ListPage page(Document page, String source) {
		return new ListPage(PageSupport.account(page), fileName(source), listUrl(page));
	}

	@Override
	List<Element> elements(Document page) {
		Elements entries = page.select(ENTRIES);
		return entries.isEmpty() ? page.select(ANY_POSTER) : entries;
	}

	@Override
	void pageRows(ListPage list, Document page, Rows rows) {
		rows.add(SourceKind.LIST, list.account(), "list", listFields(page, list.url(), list.file()), page.head());
	}

	@Override
	void elementRows(ListPage list, Element entry, int place, Rows rows) {
		int position = position(entry, place);
		Map<Field, String> fields = entryFields(entry, list.url(), list.file(), position);
		String where = place(position);
		rows.add(SourceKind.LIST_ENTRY, list.account(), where, fields, entry);
		String rating = PosterFields.ownerRating(entry);
		if (rating != null) {
			Map<Field, String> rated = new EnumMap<>(Field.class);
			PageSupport.putIfPresent(rated, Field.NAME, fields.get(Field.NAME));
			PageSupport.putIfPresent(rated, Field.YEAR, fields.get(Field.YEAR));
			PageSupport.putIfPresent(rated, Field.LETTERBOXD_URI, fields.get(Field.URL));
			rated.put(Field.RATING, rating);
			rows.add(SourceKind.RATING, list.account(), where + " (owner rating)", rated, entry);
		}
	}

	private static Map<Field, String> listFields(Document page, String url, String file) {
		Map<Field, String> fields = new EnumMap<>(Field.class);
		PageSupport.putIfPresent(fields, Field.NAME, name(page));
		PageSupport.putIfPresent(fields, Field.URL, url);
		PageSupport.putIfPresent(fields, Field.DESCRIPTION, description(page));
		fields.put(Field.FILE, file);
		return fields;
	}

	private static Map<Field, String> entryFields(Element entry, String url, String file, int position) {
		Map<Field, String> fields = new EnumMap<>(Field.class);
		PageSupport.TitleAndYear title = PosterFields.title(entry);
		PageSupport.putIfPresent(fields, Field.LIST_URL, url);
		fields.put(Field.POSITION, Integer.toString(position));
		PageSupport.putIfPresent(fields, Field.NAME, title.title());
		PageSupport.putIfPresent(fields, Field.YEAR, title.year());
		PageSupport.putIfPresent(fields, Field.URL, PosterFields.link(entry));
		fields.put(Field.FILE, file);
		return fields;
	}

	private static String name(Document page) {
		String og = PageSupport.meta(page, PageSupport.OG_TITLE);
		return og != null ? og : PageSupport.text(page.selectFirst(HEADING));
	}

	private static String description(Document page) {
		for (String selector : DESCRIPTION) {
			Element shown = page.selectFirst(selector);
			if (shown != null) {
				return shown.is("meta") ? PageSupport.attribute(shown, "content") : PageSupport.text(shown);
			}
		}
		return null;
	}

	static String listUrl(Document page) {
		String url = PageSupport.pageUrl(page);
		if (url == null) {
			return null;
		}
		Matcher matcher = LIST_URL.matcher(url);
		return matcher.find() ? matcher.group(1) : url;
	}

	/** The number a ranked list shows, else the entry's place on the page. */
	private static int position(Element entry, int place) {
		String shown = PageSupport.text(entry.selectFirst(LIST_NUMBER));
		if (shown != null && shown.matches("\\d{1,6}") && Integer.parseInt(shown) > 0) {
			return Integer.parseInt(shown);
		}
		return place;
	}

	static String fileName(String source) {
		int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
		return slash < 0 ? source : source.substring(slash + 1);
	}

}
