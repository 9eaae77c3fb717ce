package dev.reviewbatch.source.html;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.SourceKind;

/**
 * Reads a saved diary page, 2022 table or 2024+ columns, into one
 * {@link SourceKind#DIARY} row per viewing.
 * <p>
 * Cells are found by column, and columns by their {@code th} class ({@code th-day} in
 * 2022, {@code col-daydate} from 2024), so a renamed column is one edit in the name sets
 * below. Fields: {@code Watched Date} (ISO, from the day link {@code …/for/YYYY/MM/DD/}),
 * {@code Name}, {@code Year}, {@code Letterboxd URI} (the viewing, absolute),
 * {@code Rating} ({@code rated-N}), {@code Rewatch}, {@code Liked}
 * ({@code Yes}/{@code No}), {@code Review} (HTML), {@code Spoilers} ({@code Yes}),
 * {@code Tags} (comma-joined), {@code Film ID}. A diary page does not show when an entry
 * was logged, so there is no {@code Date}.
 * <p>
 * Rewatch: the edit link's {@code data-rewatch} ({@code true}/{@code false}) wins over
 * the rewatch icon ({@code Yes}/{@code No}, used only when the attribute is missing). The
 * attribute is the flag the entry stores and the export's {@code Rewatch} column reports;
 * the icon is presentation, and on the 2022 corpus page it shows off for a viewing whose
 * attribute says {@code true} (<i>Cure</i>, FORMATS §5.2).
 */
public final class DiaryPageParser extends ElementPageParser<DiaryPageParser.Diary> {

	// --- table and rows, both markups ---

	static final String ROWS = "tr.diary-entry-row";

	static final String HEADER_CELLS = "table#diary-table thead th";

	/**
	 * A {@code th} class that names its column: {@code th-<name>} (2022) or
	 * {@code col-<name>} (2024+).
	 */
	static final Pattern COLUMN_CLASS = Pattern.compile("^(?:th|col)-(.+)$");

	// --- column names, 2022 first ---

	static final Set<String> DAY_COLUMN = Set.of("day", "daydate");

	static final Set<String> FILM_COLUMN = Set.of("film", "production");

	static final Set<String> YEAR_COLUMN = Set.of("released", "releaseyear");

	static final Set<String> RATING_COLUMN = Set.of("rating");

	static final Set<String> LIKE_COLUMN = Set.of("like");

	static final Set<String> REWATCH_COLUMN = Set.of("rewatch");

	// --- inside a row ---

	static final String DAY_LINK = "a[href*=/for/]";

	/** 2024+: {@code div.react-component[data-item-name="Title (YYYY)"]}. */
	static final String ITEM_NAME = "[data-item-name]";

	/** 2022: {@code h3.headline-3 a}; any heading link in the film cell after that. */
	static final String TITLE_LINK = "h3 a, h2 a";

	/** A member's viewing link, {@code /<user>/film/<slug>/…}. */
	static final String VIEWING_LINK = "a[href~=^/[^/]+/film/]";

	static final String FILM_LINK_ATTRIBUTES = "[data-item-link], [data-film-slug]";

	static final String RATING = "span.rating";

	static final String LIKED_ICON = ".icon-liked";

	static final String REWATCH_OFF_CLASS = "icon-status-off";

	/** The owner's edit link, which carries the entry's stored values as attributes. */
	static final String ENTRY_DATA = "[data-viewing-date], [data-rewatch], [data-review-text]";

	static final String FILM_ID = "[data-film-id]";

	/** The diary's account and its table's columns (name → index). */
	record Diary(String account, Map<String, Integer> columns) {
	}

	public DiaryPageParser() {
		super(PageKind.DIARY, "diary row ");
	}

	@Override
	Diary page(Document page, String source) {
		return new Diary(PageSupport.account(page), columns(page));
	}

	@Override
	List<Element> elements(Document page) {
		return page.select(ROWS);
	}

	@Override
	void elementRows(Diary diary, Element row, int number, Rows rows) {
		rows.add(SourceKind.DIARY, diary.account(), viewingPlace(number, row), fields(row, diary.columns()), row);
	}

	private static Map<Field, String> fields(Element row, Map<String, Integer> columns) {
		Map<Field, String> fields = new EnumMap<>(Field.class);
		Element film = cell(row, columns, FILM_COLUMN);
		Element entry = row.selectFirst(ENTRY_DATA);
		PageSupport.putIfPresent(fields, Field.WATCHED_DATE, watchedDate(cell(row, columns, DAY_COLUMN), entry));
		PageSupport.TitleAndYear title = title(film == null ? row : film, row);
		PageSupport.putIfPresent(fields, Field.NAME, title.title());
		PageSupport.putIfPresent(fields, Field.YEAR, year(cell(row, columns, YEAR_COLUMN), title));
		PageSupport.putIfPresent(fields, Field.LETTERBOXD_URI, link(row));
		PageSupport.putIfPresent(fields, Field.RATING, rating(cell(row, columns, RATING_COLUMN), entry));
		PageSupport.putIfPresent(fields, Field.REWATCH, rewatch(cell(row, columns, REWATCH_COLUMN), entry));
		PageSupport.putIfPresent(fields, Field.LIKED, liked(cell(row, columns, LIKE_COLUMN)));
		PageSupport.putIfPresent(fields, Field.REVIEW, PageSupport.attribute(entry, "data-review-text"));
		PageSupport.putIfPresent(fields, Field.SPOILERS, spoilers(entry));
		PageSupport.putIfPresent(fields, Field.TAGS, TagList.join(PageSupport.attribute(entry, "data-tags")));
		PageSupport.putIfPresent(fields, Field.FILM_ID,
				PageSupport.attribute(row.selectFirst(FILM_ID), "data-film-id"));
		return fields;
	}

	/** Column name → index, from the header's {@code th} classes. */
	private static Map<String, Integer> columns(Document page) {
		Map<String, Integer> columns = new HashMap<>();
		Elements headers = page.select(HEADER_CELLS);
		for (int index = 0; index < headers.size(); index++) {
			for (String className : headers.get(index).classNames()) {
				Matcher matcher = COLUMN_CLASS.matcher(className);
				if (matcher.matches()) {
					columns.putIfAbsent(matcher.group(1), index);
				}
			}
		}
		return columns;
	}

	private static Element cell(Element row, Map<String, Integer> columns, Set<String> names) {
		Elements cells = row.select("> td");
		for (String name : names) {
			Integer index = columns.get(name);
			if (index != null && index < cells.size()) {
				return cells.get(index);
			}
		}
		return null;
	}

	private static String watchedDate(Element day, Element entry) {
		String fromLink = day == null ? null
				: PageSupport.diaryDate(PageSupport.attribute(day.selectFirst(DAY_LINK), "href"));
		return fromLink != null ? fromLink : PageSupport.attribute(entry, "data-viewing-date");
	}

	private static PageSupport.TitleAndYear title(Element film, Element row) {
		Element item = film.selectFirst(ITEM_NAME);
		if (item != null) {
			return PageSupport.splitTitle(item.attr("data-item-name"));
		}
		String name = PageSupport.text(film.selectFirst(TITLE_LINK));
		if (name == null) {
			name = PageSupport.attribute(row.selectFirst("[data-film-name]"), "data-film-name");
		}
		return new PageSupport.TitleAndYear(name, null);
	}

	private static String year(Element released, PageSupport.TitleAndYear title) {
		String shown = PageSupport.text(released);
		return shown != null ? shown : title.year();
	}

	private static String link(Element row) {
		String viewing = PageSupport.attribute(row.selectFirst(VIEWING_LINK), "href");
		if (viewing != null) {
			return PageSupport.absolute(viewing);
		}
		Element film = row.selectFirst(FILM_LINK_ATTRIBUTES);
		if (film == null) {
			return null;
		}
		return PageSupport
			.absolute(film.hasAttr("data-item-link") ? film.attr("data-item-link") : film.attr("data-film-slug"));
	}

	private static String rating(Element cell, Element entry) {
		String shown = cell == null ? null : PageSupport.ratedClass(cell.selectFirst(RATING));
		if (shown != null) {
			return shown;
		}
		String stored = PageSupport.attribute(entry, "data-rating");
		return stored == null || stored.equals("0") ? null : "rated-" + stored;
	}

	private static String rewatch(Element icon, Element entry) {
		String stored = PageSupport.attribute(entry, "data-rewatch");
		if (stored != null) {
			return stored;
		}
		if (icon == null) {
			return null;
		}
		return icon.hasClass(REWATCH_OFF_CLASS) ? PageSupport.NO : PageSupport.YES;
	}

	private static String liked(Element cell) {
		if (cell == null) {
			return null;
		}
		return cell.selectFirst(LIKED_ICON) != null ? PageSupport.YES : PageSupport.NO;
	}

	private static String spoilers(Element entry) {
		return "true".equals(PageSupport.attribute(entry, "data-contains-spoilers")) ? PageSupport.YES : null;
	}

}
