package dev.reviewbatch.source.article;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML review article (a blog or magazine page) into {@link ArticleParts}. Each
 * lookup is a list of selectors tried in order, so that a new blog layout is an edit to a
 * constant. The page is not changed. Stateless and thread-safe.
 */
final class HtmlArticle {

	/** The headline: the article's own heading before a site-wide one. */
	static final List<String> HEADLINE = List.of("article h1", "main h1", "h1[itemprop=headline]", "h1.entry-title",
			"meta[property=og:title]", "meta[name=twitter:title]", "h1");

	static final List<String> PUBLISHED = List.of("meta[property=article:published_time]",
			"meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=date]",
			"meta[name=pubdate]", "article time[datetime]", "time[datetime]");

	static final List<String> AUTHOR = List.of("meta[name=author]", "[itemprop=author] [itemprop=name]",
			"a[rel=author]", "[rel=author]");

	/** The element holding the review, most specific first. */
	static final List<String> BODY = List.of("[itemprop=reviewBody]", "article .entry-content", ".entry-content",
			".post-content", "article", "main", "body");

	/** Parts of the body that are not the review's text. */
	static final String NOT_TEXT = "h1, header, footer, nav, aside, script, style, noscript, template, form, "
			+ "button, .sharedaddy, .share, .comments, #comments";

	/**
	 * A site name after the title in {@code <title>}:
	 * {@code Review … | The Projection Booth Notes}.
	 */
	private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|·•»]\\s+[^|·•»]+$");

	private HtmlArticle() {
	}

	static ArticleParts read(Document page) {
		ReviewJsonLd jsonLd = ReviewJsonLd.of(page);
		Element body = body(page);
		return new ArticleParts(headline(page), jsonLd.itemName(), jsonLd.itemYear(), jsonLd.reviewName(),
				firstNonNull(jsonLd.datePublished(), firstValue(page, PUBLISHED)),
				firstNonNull(jsonLd.author(), firstValue(page, AUTHOR)), link(page, body),
				body == null ? null : body.html(), jsonLd.rating(), null, null, true);
	}

	private static String headline(Document page) {
		String headline = firstValue(page, HEADLINE);
		if (headline != null) {
			return headline;
		}
		String title = page.title().strip();
		return title.isEmpty() ? null : SITE_SUFFIX.matcher(title).replaceFirst("");
	}

	/**
	 * A copy of the review's element without headings, navigation and scripts, in a
	 * document that prints markup as it is (no pretty-printing, which would add
	 * whitespace to the text); null for an empty page.
	 */
	private static Element body(Document page) {
		for (String selector : BODY) {
			Element found = page.selectFirst(selector);
			if (found != null) {
				Document shell = Document.createShell(page.location());
				shell.outputSettings().prettyPrint(false);
				Element copy = found.clone();
				shell.body().appendChild(copy);
				copy.select(NOT_TEXT).remove();
				return copy;
			}
		}
		return null;
	}

	/**
	 * In the review first (links in its markup or its text), then anywhere in the page.
	 */
	private static String link(Document page, Element body) {
		String link = body == null ? null : LetterboxdLinks.first(body.outerHtml());
		return link != null ? link : LetterboxdLinks.first(page.outerHtml());
	}

	/**
	 * The first selector's value: a meta tag's {@code content}, a {@code time}'s
	 * {@code datetime}, else text.
	 */
	private static String firstValue(Document page, List<String> selectors) {
		for (String selector : selectors) {
			Element element = page.selectFirst(selector);
			String value = element == null ? null : valueOf(element);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static String valueOf(Element element) {
		String value;
		if (element.normalName().equals("meta")) {
			value = element.attr("content");
		}
		else if (element.normalName().equals("time")) {
			value = element.attr("datetime");
		}
		else {
			value = element.text();
		}
		value = value.strip();
		return value.isEmpty() ? null : value;
	}

	private static String firstNonNull(String first, String second) {
		return first != null ? first : second;
	}

}
