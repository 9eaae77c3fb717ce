package dev.reviewbatch.source.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import dev.reviewbatch.domain.RawRow;

/**
 * Reads any review article: a saved blog or magazine page (HTML), or plain text and
 * Markdown, into raw {@link RawRow}s ({@link ArticleParts#toRow}) that normalize turns
 * into reviews. HTML lookups are listed in {@link HtmlArticle}, text ones in
 * {@link TextArticle}; a page or text of many reviews gives one row per review
 * ({@link ReviewSections}, {@link MarkdownReviewSections}).
 * <p>
 * Errors: {@link IOException} naming the file when it cannot be read or is over
 * {@link #MAX_BYTES}. An article without a title or a rating is not an error here:
 * normalize rejects its row. Stateless and thread-safe.
 */
public final class ArticleParser {

	/** 2 MiB: a review article is a few KB of text in some 100 KB of page. */
	public static final long MAX_BYTES = 2L * 1024 * 1024;

	/** The provenance source of a page that has no location. */
	static final String UNNAMED = "page";

	/**
	 * Content that opens (after a BOM, whitespace and comments) with a tag or a doctype
	 * is HTML.
	 */
	private static final Pattern HTML_START = Pattern.compile(
			"^\\uFEFF?\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|article|main|div|p|h1)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/**
	 * A file as one review: HTML when its content starts like HTML, else text or
	 * Markdown; provenance source is the file's URI.
	 */
	public RawRow parse(Path file) throws IOException {
		long size = Files.size(file);
		if (size > MAX_BYTES) {
			throw new IOException(String.format(Locale.ROOT, "%s is %,d bytes, over the %,d-byte limit for an article",
					file, size, MAX_BYTES));
		}
		return parse(Files.readAllBytes(file), file.toUri().toString());
	}

	/**
	 * Content already read, as one review: HTML (charset from the page, UTF-8 by default)
	 * when it starts like HTML, else UTF-8 text or Markdown.
	 * @param baseUri where relative links in HTML point to; the provenance source
	 */
	public RawRow parse(byte[] content, String baseUri) throws IOException {
		String text = new String(content, StandardCharsets.UTF_8);
		if (!looksLikeHtml(text)) {
			return parseText(text, baseUri);
		}
		return row(HtmlArticle.read(Jsoup.parse(new ByteArrayInputStream(content), null, baseUri)), baseUri);
	}

	/**
	 * An HTML page already parsed, as one review; provenance source is its location, else
	 * {@value #UNNAMED}.
	 */
	public RawRow parse(Document page) {
		return row(HtmlArticle.read(page), page.location().isEmpty() ? UNNAMED : page.location());
	}

	/** Plain text or Markdown, with optional YAML or TOML front matter, as one review. */
	public RawRow parseText(String text, String source) {
		return row(TextArticle.read(text), source);
	}

	/**
	 * The page's review rows: one per review, provenance {@code article} for a page of
	 * one review and {@code article, review N} for the N-th of several.
	 */
	public List<RawRow> toRows(Document page, String source) {
		ArticleParts whole = HtmlArticle.read(page);
		List<ArticleParts> reviews = ReviewSections.of(page, whole.author());
		return ArticleParts.toRows(reviews.isEmpty() ? List.of(whole) : reviews, source);
	}

	/**
	 * As {@link #toRows(Document, String)}, for plain text or Markdown: one row per
	 * review when it holds several ({@link MarkdownReviewSections}).
	 */
	public List<RawRow> textToRows(String text, String source) {
		return ArticleParts.toRows(TextArticle.readAll(text), source);
	}

	/**
	 * True when the content starts like an HTML document or fragment rather than text.
	 */
	public static boolean looksLikeHtml(String content) {
		return HTML_START.matcher(content.substring(0, Math.min(content.length(), 4096))).find();
	}

	private static RawRow row(ArticleParts article, String source) {
		return ArticleParts.toRows(List.of(article), source).get(0);
	}

}
