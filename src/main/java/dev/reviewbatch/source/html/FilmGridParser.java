package dev.reviewbatch.source.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

/**
 * Reads a saved poster grid, a user's watched films ({@link SourceKind#WATCHED}) or watchlist
 * ({@link SourceKind#WATCHLIST}), into one row per poster; 2022 {@code li.poster-container}, 2025
 * {@code li.griditem} with a {@code LazyPoster} component, and {@code li.posteritem[data-owner-rating]}.
 * <p>
 * Fields: {@code Name}, {@code Year} (2025 only: split from {@code data-item-name="Title (YYYY)"}; the 2022 grid
 * shows no year), {@code Letterboxd URI} (the film, absolute), {@code Rating} ({@code rated-N}, the owner's
 * rating; absent when unrated), {@code Liked} ({@code Yes}, only when the poster shows a like) and
 * {@code Film ID}. A grid shows no dates. Stateless and thread-safe.
 */
public final class FilmGridParser implements PageParser {

	/** One poster: 2022, 2025, and the {@code posteritem} variant. */
	static final String POSTERS = "li.poster-container, li.griditem, li.posteritem";

	/** 2025 and posteritem: {@code div.react-component[data-component-class=LazyPoster][data-item-name]}. */
	static final String ITEM_NAME = "[data-item-name]";

	/** 2022: the poster image's alt text is the title. */
	static final String POSTER_IMAGE = "div.film-poster img[alt], img[alt]";

	static final String FILM_LINK_ATTRIBUTES = "[data-item-link], [data-film-slug], [data-target-link]";

	static final String RATING = "p.poster-viewingdata span.rating, span.rating";

	/** {@code data-owner-rating="N"}, N half-stars, 0 = unrated. */
	static final String OWNER_RATING_ATTRIBUTE = "data-owner-rating";

	static final String LIKE = "p.poster-viewingdata span.like, .icon-liked";

	static final String FILM_ID = "[data-film-id]";

	private static final String WHERE = "poster ";

	private final SourceKind kind;

	private final PageKind pageKind;

	/** A parser for watched-film grids ({@link SourceKind#WATCHED}) or watchlists ({@link SourceKind#WATCHLIST}). */
	public FilmGridParser(SourceKind kind) {
		if (kind != SourceKind.WATCHED && kind != SourceKind.WATCHLIST) {
			throw new IllegalArgumentException("a poster grid holds watched films or a watchlist, not " + kind);
		}
		this.kind = kind;
		this.pageKind = kind == SourceKind.WATCHED ? PageKind.FILM_GRID : PageKind.WATCHLIST;
	}

	@Override
	public ParsedPage parse(Document page, String source) {
		String account = PageSupport.account(page);
		List<RawRow> rows = new ArrayList<>();
		int number = 0;
		for (Element poster : page.select(POSTERS)) {
			number++;
			Provenance from = new Provenance.PageElement(source, WHERE + number);
			rows.add(new RawRow(kind, EntryState.LIVE, account, from, fields(poster), PageSupport.raw(poster)));
		}
		return new ParsedPage(pageKind, rows);
	}

	private static Map<String, String> fields(Element poster) {
		Map<String, String> fields = new LinkedHashMap<>();
		PageSupport.TitleAndYear title = title(poster);
		PageSupport.putIfPresent(fields, Fields.NAME, title.title());
		PageSupport.putIfPresent(fields, Fields.YEAR, title.year());
		PageSupport.putIfPresent(fields, Fields.URI, link(poster));
		PageSupport.putIfPresent(fields, Fields.RATING, rating(poster));
		PageSupport.putIfPresent(fields, Fields.LIKED, poster.selectFirst(LIKE) != null ? Fields.YES : null);
		PageSupport.putIfPresent(fields, Fields.FILM_ID, PageSupport.attribute(poster.selectFirst(FILM_ID), "data-film-id"));
		return fields;
	}

	private static PageSupport.TitleAndYear title(Element poster) {
		Element item = poster.selectFirst(ITEM_NAME);
		if (item != null) {
			return PageSupport.splitTitle(item.attr("data-item-name"));
		}
		return new PageSupport.TitleAndYear(PageSupport.attribute(poster.selectFirst(POSTER_IMAGE), "alt"), null);
	}

	private static String link(Element poster) {
		Element film = poster.selectFirst(FILM_LINK_ATTRIBUTES);
		if (film == null) {
			return null;
		}
		for (String attribute : List.of("data-item-link", "data-film-slug", "data-target-link")) {
			if (film.hasAttr(attribute)) {
				return PageSupport.absolute(film.attr(attribute));
			}
		}
		return null;
	}

	private static String rating(Element poster) {
		String shown = PageSupport.ratedClass(poster.selectFirst(RATING));
		if (shown != null) {
			return shown;
		}
		String owner = PageSupport.attribute(poster, OWNER_RATING_ATTRIBUTE);
		return owner == null || owner.equals("0") ? null : "rated-" + owner;
	}
}
