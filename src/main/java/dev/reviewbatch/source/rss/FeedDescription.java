package dev.reviewbatch.source.rss;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an item's {@code <description>} says once Letterboxd's additions are taken off:
 * the review's HTML ({@code null} when there is no review text) and whether a spoiler
 * note headed it.
 * <p>
 * Taken off: the leading poster paragraph ({@code
 *
<p>
 * <img …/>
 *
</p>
 * }) and the spoiler note ({@code
 *
<p>
 * <em>This review may contain spoilers.</em>
 *
</p>
 * }). A description that is then only "Watched on Saturday August 1, 2026." is a watch
 * without review. The rest is kept as HTML, unnormalized. Immutable.
 */
record FeedDescription(String reviewHtml, boolean spoilers) {

	static final String PARAGRAPH = "p";

	static final String IMAGE = "img";

	static final Pattern SPOILER_NOTE = Pattern.compile("^This review may contain spoilers\\.?$");

	/**
	 * Letterboxd's text for a watch without review, e.g.
	 * {@code Watched on Saturday August 1, 2026.}
	 */
	static final Pattern WATCHED_ON = Pattern.compile("^Watched on \\p{L}+ \\p{L}+ \\d{1,2}, \\d{4}\\.?$");

	static FeedDescription of(String html) {
		if (html == null || html.isBlank()) {
			return new FeedDescription(null, false);
		}
		Document fragment = Jsoup.parseBodyFragment(html);
		fragment.outputSettings().prettyPrint(false);
		Element body = fragment.body();
		removePoster(body);
		boolean spoilers = removeSpoilerNote(body);
		return new FeedDescription(isReview(body) ? body.html().strip() : null, spoilers);
	}

	private static void removePoster(Element body) {
		Element first = body.firstElementChild();
		if (first != null && first.nameIs(PARAGRAPH) && first.selectFirst(IMAGE) != null && first.text().isBlank()) {
			first.remove();
		}
	}

	private static boolean removeSpoilerNote(Element body) {
		Element first = body.firstElementChild();
		if (first != null && first.nameIs(PARAGRAPH) && SPOILER_NOTE.matcher(first.text().strip()).matches()) {
			first.remove();
			return true;
		}
		return false;
	}

	private static boolean isReview(Element body) {
		String text = body.text().strip();
		return !text.isEmpty() && !(body.select(PARAGRAPH).size() == 1 && WATCHED_ON.matcher(text).matches());
	}
}
