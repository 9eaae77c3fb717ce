package dev.reviewbatch.source.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

/**
 * The skeleton every saved-page parser fills in: read what the page says once
 * ({@link #page}), pick the elements that carry entries ({@link #elements}: diary rows,
 * posters, reviews, list entries), then let each element, numbered from 1, give its rows
 * ({@link #elementRows}); a page with entries may first give rows of its own
 * ({@link #pageRows}, a list's metadata). Every row is {@link EntryState#LIVE}, its
 * provenance is the file and the place on the page, and its raw text is the markup it was
 * read from ({@link PageSupport#raw}).
 * <p>
 * Subclasses only read the page: they never normalize and never throw for a missing
 * element (see {@link PageParser}). Stateless and thread-safe when the subclass is.
 *
 * @param <P> what the parser reads from the page as a whole (an account, a table's
 * columns, the film)
 */
abstract class ElementPageParser<P> implements PageParser {

	private final PageKind kind;

	private final String place;

	/**
	 * @param place what an element is on the page, for its rows' provenance
	 * ({@code diary row }, {@code poster }): see {@link #place(int)}
	 */
	ElementPageParser(PageKind kind, String place) {
		this.kind = kind;
		this.place = place;
	}

	@Override
	public final ParsedPage parse(Document document, String source) {
		P page = page(document, source);
		List<Element> elements = elements(document);
		Rows rows = new Rows(source);
		if (!elements.isEmpty()) {
			pageRows(page, document, rows);
		}
		for (int i = 0; i < elements.size(); i++) {
			elementRows(page, elements.get(i), i + 1, rows);
		}
		return new ParsedPage(kind, rows.rows, pageFields(page));
	}

	/**
	 * What the page says as a whole, read once before its elements; {@code source} names
	 * the file.
	 */
	abstract P page(Document document, String source);

	/** The elements that carry the page's entries, in page order. */
	abstract List<Element> elements(Document document);

	/** The rows of one element; {@code number} counts the elements from 1. */
	abstract void elementRows(P page, Element element, int number, Rows rows);

	/**
	 * Rows of the page itself, before its elements' rows; only for a page with entries.
	 */
	void pageRows(P page, Document document, Rows rows) {
	}

	/** Page-level fields that belong to no row ({@link ParsedPage#pageFields()}). */
	Map<Field, String> pageFields(P page) {
		return Map.of();
	}

	/** The place of the page's one element: {@code review}. */
	final String place() {
		return place;
	}

	/** The place of element {@code number}: {@code poster 3}. */
	final String place(int number) {
		return place + number;
	}

	/**
	 * The place of element {@code number} with the viewing it shows, when it names one:
	 * {@code diary row 3 (viewing 123)}.
	 */
	final String viewingPlace(int number, Element element) {
		String viewing = PageSupport.attribute(element, "data-viewing-id");
		return place(number) + (viewing == null ? "" : " (viewing " + viewing + ")");
	}

	/** The rows a page gives, in order, each with its provenance in the page's file. */
	static final class Rows {

		private final String source;

		private final List<RawRow> rows = new ArrayList<>();

		private Rows(String source) {
			this.source = source;
		}

		/**
		 * Adds a row read at {@code where} on the page from {@code markup}.
		 * @param where the place on the page, e.g. {@code diary row 3}
		 */
		void add(SourceKind kind, String account, String where, Map<Field, String> fields, Element markup) {
			rows.add(new RawRow(kind, EntryState.LIVE, account, new Provenance.PageElement(source, where), fields,
					PageSupport.raw(markup)));
		}

	}

}
