package dev.reviewbatch.source.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.reviewbatch.domain.SourceKind;

/**
 * Reads one saved Letterboxd page: checks its size, tells its kind from its content and
 * hands it to that kind's parser. Each row's provenance names the file as given.
 * <p>
 * Errors: an {@link IOException} naming the file when it cannot be read or is over
 * {@link #MAX_BYTES}; an {@link UnrecognizedPageException} when it is none of the known
 * kinds; a {@link NothingToImportException} when it is a known kind but gave no rows and
 * shows no empty-page notice ({@link EmptyPageNotice}), e.g.
 * {@code Letterboxd list page (2025 markup): no entries found}. A page that says it is
 * empty (a diary year with nothing logged) and a film page without popular reviews give
 * no rows and no error; the log says so. jsoup is lenient, so a page cut short yields the
 * rows before the cut and no error. Stateless and thread-safe.
 */
public final class SavedPageParser {

	private static final Logger log = LoggerFactory.getLogger(SavedPageParser.class);

	/**
	 * 20 MiB: a saved diary page of 50 rows is about 250 KB; anything far larger is not
	 * one page.
	 */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	/** Relative links in a saved page are Letterboxd's. */
	static final String BASE_URI = PageSupport.SITE + "/";

	private final Map<PageKind, PageParser> parsers = Map.of(PageKind.DIARY, new DiaryPageParser(), PageKind.FILM_GRID,
			new FilmGridParser(SourceKind.WATCHED), PageKind.WATCHLIST, new FilmGridParser(SourceKind.WATCHLIST),
			PageKind.FILM, new FilmPageParser(), PageKind.REVIEW, new ReviewPageParser(), PageKind.LIST,
			new ListPageParser(), PageKind.FILMOGRAPHY, new FilmographyPageParser());

	/** The page's kind and rows. */
	public ParsedPage parse(Path file) throws IOException {
		Document page = read(file);
		PageKind kind = PageKindDetector.detect(page);
		if (kind == PageKind.UNKNOWN) {
			throw new UnrecognizedPageException(file.toString(), PageKindDetector.whyUnknown(page));
		}
		ParsedPage parsed = parsers.get(kind).parse(page, file.toString());
		if (parsed.rows().isEmpty()) {
			nothingToImport(file, page, kind);
		}
		return parsed;
	}

	/**
	 * A page without rows: a note when it says it is empty (or is a film page), else the
	 * reason as an error.
	 */
	private static void nothingToImport(Path file, Document page, PageKind kind) throws NothingToImportException {
		String what = PageKindDetector.describe(page, kind);
		String notice = EmptyPageNotice.of(page);
		if (notice != null) {
			log.info("{}: {} with no entries (\"{}\"); nothing to import", file, what, notice);
			return;
		}
		if (kind == PageKind.FILM) {
			log.info("{}: {} without popular reviews; nothing to import", file, what);
			return;
		}
		throw new NothingToImportException(file.toString(),
				what + ": " + (kind == PageKind.FILM_GRID || kind == PageKind.WATCHLIST || kind == PageKind.FILMOGRAPHY
						? "no posters found" : "no entries found"));
	}

	/**
	 * The file as a jsoup document (charset from the page, links relative to
	 * letterboxd.com, markup kept as saved for rows' {@code raw}); refuses files over
	 * {@link #MAX_BYTES}.
	 */
	public static Document read(Path file) throws IOException {
		long size = Files.size(file);
		if (size > MAX_BYTES) {
			throw new IOException(String.format(Locale.ROOT,
					"%s is %,d bytes, over the %,d-byte limit for a saved page", file, size, MAX_BYTES));
		}
		Document page = Jsoup.parse(file.toFile(), null, BASE_URI);
		page.outputSettings().prettyPrint(false);
		return page;
	}

}
