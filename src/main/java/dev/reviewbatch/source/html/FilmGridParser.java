package dev.reviewbatch.source.html;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.SourceKind;

/**
 * Reads a saved poster grid, a user's watched films ({@link SourceKind#WATCHED}) or
 * watchlist ({@link SourceKind#WATCHLIST}), into one row per poster; 2022
 * {@code li.poster-container}, 2025 {@code li.griditem} with a {@code LazyPoster}
 * component, and {@code li.posteritem[data-owner-rating]}.
 * <p>
 * Fields ({@link PosterFields}): {@code Name}, {@code Year} (2025 only: split from
 * {@code data-item-name="Title (YYYY)"}; the 2022 grid shows no year),
 * {@code Letterboxd URI} (the film, absolute), {@code Rating} ({@code rated-N}, the
 * owner's rating; absent when unrated), {@code Liked} ({@code Yes}, only when the poster
 * shows a like) and {@code Film ID}. A grid shows no dates.
 * <p>
 * On a watched-films grid, a rated poster also gives a {@link SourceKind#RATING} row
 * right after its watched row ({@code Name}, {@code Year}, {@code Letterboxd URI},
 * {@code Rating}, no {@code Date}): the rating under a poster is the account's current
 * rating of that film, undated because the page shows no date. A watchlist shows no owner
 * ratings. Stateless and thread-safe.
 */
public final class FilmGridParser extends ElementPageParser<String> {

	/** One poster: 2022, 2025, and the {@code posteritem} variant. */
	static final String POSTERS = "li.poster-container, li.griditem, li.posteritem";

	static final String LIKE = "p.poster-viewingdata span.like, .icon-liked";

	private static final String RATING_SUFFIX = " (current rating)";

	private final SourceKind kind;

	/**
	 * A parser for watched-film grids ({@link SourceKind#WATCHED}) or watchlists
	 * ({@link SourceKind#WATCHLIST}).
	 */
	public FilmGridParser(SourceKind kind) {
		super(pageKind(kind), "poster ");
		this.kind = kind;
	}

	private static PageKind pageKind(SourceKind kind) {
		if (kind != SourceKind.WATCHED && kind != SourceKind.WATCHLIST) {
			throw new IllegalArgumentException("a poster grid holds watched films or a watchlist, not " + kind);
		}
		return kind == SourceKind.WATCHED ? PageKind.FILM_GRID : PageKind.WATCHLIST;
	}

	/** The grid's account. */
	@Override
	String page(Document page, String source) {
		return PageSupport.account(page);
	}

	@Override
	List<Element> elements(Document page) {
		return page.select(POSTERS);
	}

	@Override
	void elementRows(String account, Element poster, int number, Rows rows) {
		Map<Field, String> fields = fields(poster);
		rows.add(kind, account, place(number), fields, poster);
		if (kind == SourceKind.WATCHED && fields.containsKey(Field.RATING)) {
			rows.add(SourceKind.RATING, account, place(number) + RATING_SUFFIX, currentRating(fields), poster);
		}
	}

	private static Map<Field, String> fields(Element poster) {
		Map<Field, String> fields = new EnumMap<>(Field.class);
		PageSupport.TitleAndYear title = PosterFields.title(poster);
		PageSupport.putIfPresent(fields, Field.NAME, title.title());
		PageSupport.putIfPresent(fields, Field.YEAR, title.year());
		PageSupport.putIfPresent(fields, Field.LETTERBOXD_URI, PosterFields.link(poster));
		PageSupport.putIfPresent(fields, Field.RATING, PosterFields.ownerRating(poster));
		PageSupport.putIfPresent(fields, Field.LIKED, poster.selectFirst(LIKE) != null ? PageSupport.YES : null);
		PageSupport.putIfPresent(fields, Field.FILM_ID, PosterFields.filmId(poster));
		return fields;
	}

	/** The film and rating of a watched row, as a ratings row without {@code Date}. */
	static Map<Field, String> currentRating(Map<Field, String> film) {
		Map<Field, String> fields = new EnumMap<>(Field.class);
		for (Field field : List.of(Field.NAME, Field.YEAR, Field.LETTERBOXD_URI, Field.RATING)) {
			PageSupport.putIfPresent(fields, field, film.get(field));
		}
		return fields;
	}

}
