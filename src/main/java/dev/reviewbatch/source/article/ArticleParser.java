package dev.reviewbatch.source.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import dev.reviewbatch.domain.RawRow;

/**
 * Reads any review article: a saved blog or magazine page (HTML), or plain text and
 * Markdown. What it finds is described on {@link ParsedArticle} and
 * {@link ArticleFactory}; HTML lookups are listed in {@link HtmlArticle}, text ones in
 * {@link TextArticle}.
 * <p>
 * Errors: {@link IOException} naming the file when it cannot be read or is over
 * {@link #MAX_BYTES}. An article without a title or a rating is not an error: it comes
 * back with {@link ParsedArticle#problem()} set. Stateless and thread-safe.
 */
public final class ArticleParser {

	/** 2 MiB: a review article is a few KB of text in some 100 KB of page. */
	public static final long MAX_BYTES = 2L * 1024 * 1024;

	/**
	 * Content that opens (after a BOM, whitespace and comments) with a tag or a doctype
	 * is HTML.
	 */
	private static final Pattern HTML_START = Pattern.compile(
			"^\\uFEFF?\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|article|main|div|p|h1)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/** A file: HTML when its content starts like HTML, else text or Markdown. */
	public ParsedArticle parse(Path file) throws IOException {
		long size = Files.size(file);
		if (size > MAX_BYTES) {
			throw new IOException(String.format(Locale.ROOT, "%s is %,d bytes, over the %,d-byte limit for an article",
					file, size, MAX_BYTES));
		}
		return parse(Files.readAllBytes(file), file.toUri().toString());
	}

	/**
	 * Content already read: HTML (charset from the page, UTF-8 by default) when it starts
	 * like HTML, else UTF-8 text or Markdown.
	 * @param baseUri where relative links in HTML point to
	 */
	public ParsedArticle parse(byte[] content, String baseUri) throws IOException {
		String text = new String(content, StandardCharsets.UTF_8);
		if (!looksLikeHtml(text)) {
			return parseText(text);
		}
		return parse(Jsoup.parse(new ByteArrayInputStream(content), null, baseUri));
	}

	/**
	 * An HTML page already parsed, as one review (a page of many reviews: see
	 * {@link #parseAll(Document)}).
	 */
	public ParsedArticle parse(Document page) {
		return ArticleFactory.create(HtmlArticle.read(page));
	}

	/**
	 * An HTML page already parsed: one article per review when it holds several
	 * ({@link ReviewSections}: a heading with a Letterboxd film link per review), else
	 * the page as one article.
	 */
	public List<ParsedArticle> parseAll(Document page) {
		ArticleParts whole = HtmlArticle.read(page);
		List<ArticleParts> reviews = ReviewSections.of(page, whole.author());
		if (reviews.isEmpty()) {
			return List.of(ArticleFactory.create(whole));
		}
		List<ParsedArticle> articles = new ArrayList<>();
		for (ArticleParts review : reviews) {
			articles.add(ArticleFactory.create(review));
		}
		return articles;
	}

	/**
	 * The page's review rows: one per review, provenance {@code article} for a page of
	 * one review and {@code article, review N} for the N-th of several; an unreadable
	 * review gives an unreadable row naming what it was taken for and why
	 * ({@code page of 4 reviews, review 4 (Bread & Salt (2019)): no rating found: …}).
	 */
	public List<RawRow> toRows(Document page, String source) {
		return rows(parseAll(page), source);
	}

	/**
	 * Plain text or Markdown as articles: one per review when it holds several
	 * ({@link MarkdownReviewSections}).
	 */
	public List<ParsedArticle> parseAllText(String text) {
		List<ParsedArticle> articles = new ArrayList<>();
		for (ArticleParts review : TextArticle.readAll(text)) {
			articles.add(ArticleFactory.create(review));
		}
		return articles;
	}

	/** As {@link #toRows(Document, String)}, for plain text or Markdown. */
	public List<RawRow> textToRows(String text, String source) {
		return rows(parseAllText(text), source);
	}

	private static List<RawRow> rows(List<ParsedArticle> articles, String source) {
		if (articles.size() == 1) {
			return articles.get(0).toRows(source);
		}
		List<RawRow> rows = new ArrayList<>();
		for (int i = 0; i < articles.size(); i++) {
			ParsedArticle article = articles.get(i);
			String film = article.title() == null ? ""
					: " (" + article.title() + (article.year() == null ? "" : " (" + article.year() + ")") + ")";
			rows.addAll(article.toRows(source, ParsedArticle.WHERE + ", review " + (i + 1),
					"page of " + articles.size() + " reviews, review " + (i + 1) + film));
		}
		return rows;
	}

	/** Plain text or Markdown, with optional YAML or TOML front matter, as one review. */
	public ParsedArticle parseText(String text) {
		return ArticleFactory.create(TextArticle.read(text));
	}

	/**
	 * True when the content starts like an HTML document or fragment rather than text.
	 */
	public static boolean looksLikeHtml(String content) {
		return HTML_START.matcher(content.substring(0, Math.min(content.length(), 4096))).find();
	}

}
