package dev.reviewbatch.source.pages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;
import dev.reviewbatch.source.article.ArticleParser;
import dev.reviewbatch.source.html.NothingToImportException;
import dev.reviewbatch.source.html.PageKindDetector;
import dev.reviewbatch.source.html.SavedPageParser;
import dev.reviewbatch.source.html.UnrecognizedPageException;
import dev.reviewbatch.source.rss.FeedFetchException;
import dev.reviewbatch.source.rss.FeedFetcher;
import dev.reviewbatch.source.rss.FeedParseResult;
import dev.reviewbatch.source.rss.FeedParser;
import dev.reviewbatch.source.rss.NotAFeedException;

/**
 * Reads one {@link Input} into its rows, by content: XML → {@link FeedParser}; HTML that
 * {@link PageKindDetector} takes for a page of letterboxd.com → {@link SavedPageParser}
 * (never the article reader, even when its kind is unknown or it holds nothing to import:
 * the unreadable row then names the kind and the reason); other HTML, text and Markdown
 * with an article extension ({@link #ARTICLE_EXTENSIONS}) → {@link ArticleParser}; a URL
 * is fetched ({@link FeedFetcher}) and must be a feed.
 * <p>
 * Contract: never throws for bad input. A source that cannot be read as a whole (over the
 * size cap, empty, binary, none of the known kinds, a feed that is not RSS or is cut off,
 * an HTML page cut off before {@code </html>}, an article without a rating, a fetch
 * error) gives exactly one unreadable row naming the source and the reason, and no other
 * row. Unreadable rows of feeds are {@link SourceKind#DIARY}, of everything else
 * {@link SourceKind#REVIEW}. Thread-safe when the fetcher is.
 */
final class InputRows {

	static final Set<String> ARTICLE_EXTENSIONS = Set.of("html", "htm", "xhtml", "md", "markdown", "txt");

	static final String WHOLE_FILE = "(whole file)";

	static final String WHOLE_FEED = "(whole feed)";

	/**
	 * A complete HTML document opens {@code <html>} and closes it; a cut-off download
	 * does not.
	 */
	private static final Pattern HTML_OPEN = Pattern.compile("<html[\\s>]", Pattern.CASE_INSENSITIVE);

	private static final Pattern HTML_CLOSE = Pattern.compile("</html\\s*>", Pattern.CASE_INSENSITIVE);

	private final FeedFetcher fetcher;

	private final long maxBytes;

	private static final Logger log = LoggerFactory.getLogger(InputRows.class);

	private final FeedParser feeds = new FeedParser();

	private final SavedPageParser pages = new SavedPageParser();

	private final ArticleParser articles = new ArticleParser();

	InputRows(FeedFetcher fetcher, long maxBytes) {
		this.fetcher = fetcher;
		this.maxBytes = maxBytes;
	}

	List<RawRow> read(Input input) {
		if (input.isUrl()) {
			return fetched(input);
		}
		Path file = input.file();
		try {
			String refusal = refusal(file);
			if (refusal != null) {
				return unreadable(input, SourceKind.REVIEW, refusal);
			}
			byte[] content = Files.readAllBytes(file);
			return byContent(input, content);
		}
		catch (NotAFeedException ex) {
			return unreadable(input, SourceKind.DIARY, ex.reason());
		}
		catch (IOException ex) {
			return unreadable(input, SourceKind.REVIEW, "cannot read: " + ex.getMessage());
		}
	}

	private List<RawRow> fetched(Input input) {
		try {
			byte[] body = fetcher.fetch(input.name()).body();
			return feedRows(body, input);
		}
		catch (FeedFetchException ex) {
			return unreadable(input, SourceKind.DIARY, ex.reason());
		}
		catch (NotAFeedException ex) {
			return unreadable(input, SourceKind.DIARY, ex.reason());
		}
		catch (IOException ex) {
			return unreadable(input, SourceKind.DIARY, "cannot read the fetched feed: " + ex.getMessage());
		}
	}

	/** Why the file is not even opened, or null. */
	private String refusal(Path file) throws IOException {
		if (Files.isDirectory(file)) {
			return "a folder without .html, .htm, .xml, .md or .txt files";
		}
		if (!Files.isRegularFile(file)) {
			return "no such file";
		}
		long size = Files.size(file);
		if (size > maxBytes) {
			return String.format(Locale.ROOT, "%,d bytes, over the %,d-byte size cap for a page, feed or article", size,
					maxBytes);
		}
		return size == 0 ? "the file is empty" : null;
	}

	private List<RawRow> byContent(Input input, byte[] content) throws IOException {
		switch (ContentKind.of(content)) {
			case XML:
				return feedRows(content, input);
			case HTML:
				return html(input, content);
			case TEXT:
				if (isArticleFile(input)) {
					return articles.textToRows(new String(content, StandardCharsets.UTF_8), input.name());
				}
				return unreadable(input, SourceKind.REVIEW, "text that is no RSS feed, saved Letterboxd page or"
						+ " review article (articles are read from .html, .htm, .md and .txt files)");
			default:
				return unreadable(input, SourceKind.REVIEW,
						"a binary file, not a saved page, RSS feed or review article");
		}
	}

	private List<RawRow> html(Input input, byte[] content) throws IOException {
		String text = new String(content, StandardCharsets.UTF_8);
		if (HTML_OPEN.matcher(text).find() && !HTML_CLOSE.matcher(text).find()) {
			return unreadable(input, SourceKind.REVIEW, "the page breaks off before </html> (truncated download?)");
		}
		Document page = Jsoup.parse(new ByteArrayInputStream(content), null, input.file().toUri().toString());
		if (PageKindDetector.isLetterboxdPage(page)) {
			return letterboxdPage(input, page);
		}
		if (isArticleFile(input)) {
			return articles.toRows(page, input.name());
		}
		return unreadable(input, SourceKind.REVIEW, "HTML that is no saved Letterboxd page ("
				+ PageKindDetector.whyUnknown(page) + ") and not in an article file (.html, .htm, .md, .txt)");
	}

	/**
	 * A page of letterboxd.com: its kind's rows; one unreadable row saying what kind it
	 * was taken for and why it gave nothing when it is a kind reviewbatch does not read
	 * or shows nothing to import. Never read as an article.
	 */
	private List<RawRow> letterboxdPage(Input input, Document page) throws IOException {
		try {
			return pages.parse(input.file()).rows();
		}
		catch (UnrecognizedPageException ex) {
			return unreadable(input, SourceKind.REVIEW, "a Letterboxd page of a kind reviewbatch does not read ("
					+ ex.reason() + "); not read as a review article");
		}
		catch (NothingToImportException ex) {
			return unreadable(input, SourceKind.REVIEW, ex.reason());
		}
	}

	private static boolean isArticleFile(Input input) {
		return ARTICLE_EXTENSIONS.contains(Inputs.extension(input.file()));
	}

	private static List<RawRow> unreadable(Input input, SourceKind kind, String reason) {
		return List.of(RawRow.unreadable(kind, EntryState.LIVE, "",
				new Provenance.PageElement(input.name(), input.isUrl() ? WHOLE_FEED : WHOLE_FILE), "", reason));
	}

	/**
	 * A feed's film items; list items are counted, skipped and logged at debug level (the
	 * sync names them itself).
	 */
	private List<RawRow> feedRows(byte[] content, Input input) throws IOException {
		FeedParseResult feed = feeds.parse(new ByteArrayInputStream(content), input.name());
		if (feed.listItemsSkipped() > 0) {
			log.debug("{}: {} items, {} film items read, {} list items skipped", input.name(), feed.itemsRead(),
					feed.rows().size(), feed.listItemsSkipped());
		}
		return feed.rows();
	}

}
