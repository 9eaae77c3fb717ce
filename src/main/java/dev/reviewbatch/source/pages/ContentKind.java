package dev.reviewbatch.source.pages;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.reviewbatch.source.article.ArticleParser;

/**
 * What a file holds, told from its first bytes, never from its name: an XML document (an
 * RSS feed, or XML the feed parser will name), HTML, text, or binary data. Stateless.
 */
enum ContentKind {

	/**
	 * XML (a declaration, or a feed's root) whose root is not {@code <html>}: read as a
	 * feed.
	 */
	XML,
	/** An HTML document or fragment: a saved Letterboxd page or a review article. */
	HTML,
	/** Plain text or Markdown: a review article. */
	TEXT,
	/** NUL bytes: an image, an archive, a UTF-16 file. */
	BINARY;

	/** How many leading bytes are looked at. */
	static final int SNIFF_BYTES = 8192;

	/** After a BOM, whitespace and an XML declaration or comments: the first tag. */
	private static final Pattern XML_ROOT = Pattern.compile(
			"^\\uFEFF?\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*"
					+ "(?:<!DOCTYPE\\s+(\\w+)[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<([\\w:]+)",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/**
	 * Roots of feeds that may come without an XML declaration: RSS, Atom, RSS 1.0 (RDF).
	 */
	private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "rdf:rdf");

	private static final Pattern XML_DECLARATION = Pattern.compile("^\\uFEFF?\\s*<\\?xml\\b");

	/**
	 * A DOCTYPE of a feed root (with or without an internal subset): XML for the feed
	 * parser to refuse.
	 */
	private static final Pattern FEED_DOCTYPE = Pattern.compile(
			"^\\uFEFF?\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<!DOCTYPE\\s+(?:rss|feed|rdf:rdf)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	static ContentKind of(byte[] content) {
		int length = Math.min(content.length, SNIFF_BYTES);
		for (int i = 0; i < length; i++) {
			if (content[i] == 0) {
				return BINARY;
			}
		}
		String head = new String(content, 0, length, StandardCharsets.UTF_8);
		if (FEED_DOCTYPE.matcher(head).find()) {
			return XML;
		}
		Matcher root = XML_ROOT.matcher(head);
		if (root.find()) {
			String element = root.group(2).toLowerCase(Locale.ROOT);
			if (element.equals("html") || "html".equalsIgnoreCase(root.group(1))) {
				return HTML; // also XHTML behind an XML declaration
			}
			if (XML_DECLARATION.matcher(head).find() || FEED_ROOTS.contains(element)) {
				return XML;
			}
		}
		return ArticleParser.looksLikeHtml(head) ? HTML : TEXT;
	}

}
