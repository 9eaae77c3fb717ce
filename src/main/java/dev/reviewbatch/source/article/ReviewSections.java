package dev.reviewbatch.source.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.StarRating;

/**
 * Splits a page that holds many reviews (a blog post re-publishing a year of Letterboxd
 * reviews) into one {@link ArticleParts} per film. A page is such a page when at least
 * {@link #MIN_REVIEWS} headings ({@code h2}–{@code h4}) each hold a Letterboxd film link
 * ({@link LetterboxdLinks}); a page with fewer is one review and this class gives nothing
 * for it.
 * <p>
 * A review is its heading and what follows it up to the next film heading; when a heading
 * sits alone in a wrapper ({@code <section>
 *
<h2>…</h2>…</section>}), the wrapper is the review. In it:
 * <ul>
 * <li>film: the film link's text (else the heading's), with the year in parentheses from
 * the heading;</li>
 * <li>link: the heading's film link;</li>
 * <li>date: a {@code time[datetime]} in the heading or review, else (decided by
 * normalize, see {@link ArticleParts#dateline()}) a date in the heading beside the title,
 * else the first short line of the review that is a date;</li>
 * <li>rating: {@code <sl-rating value="3.5">} (stars out of 5), else the first run of
 * star glyphs ({@code ★★★★☆}, {@code ★★★½}); the review's text is searched for rating
 * statements as any article's is;</li>
 * <li>text: the rest, without the date line, the rating element and the star run.</li>
 * </ul>
 * Stateless and thread-safe; the page is not changed.
 */
final class ReviewSections {

	/** Fewer film headings than this make a page one review. */
	static final int MIN_REVIEWS = 2;

	static final String HEADINGS = "h2, h3, h4";

	static final String BODY = "article, main, body";

	static final String SL_RATING = "sl-rating[value]";

	static final String TIME = "time[datetime]";

	/**
	 * A run of star glyphs with at least one filled star or half: {@code ★★★★☆},
	 * {@code ★★½}.
	 */
	static final Pattern STAR_RUN = Pattern.compile("[" + StarRating.GLYPHS.characters() + "]*["
			+ StarRating.GLYPHS.shown() + "][" + StarRating.GLYPHS.characters() + "]*");

	static final Pattern YEAR_IN_PARENTHESES = Pattern.compile("\\((\\d{4})\\)");

	/** Elements that may hold a review's dateline. */
	static final String DATELINE_CANDIDATES = "p, span, div, small, em";

	private static final String MARK = "data-reviewbatch-heading";

	private ReviewSections() {
	}

	/** One part per review; empty when the page is one review. */
	static List<ArticleParts> of(Document page, String author) {
		Element root = page.selectFirst(BODY);
		if (root == null) {
			return List.of();
		}
		Element copy = root.clone();
		List<Element> headings = filmHeadings(copy);
		if (headings.size() < MIN_REVIEWS) {
			return List.of();
		}
		headings.forEach(heading -> heading.attr(MARK, ""));
		List<Element> anchors = new ArrayList<>();
		for (Element heading : headings) {
			anchors.add(anchor(heading, copy));
		}
		List<ArticleParts> parts = new ArrayList<>();
		for (int i = 0; i < headings.size(); i++) {
			parts.add(review(headings.get(i), section(anchors.get(i), headings.get(i), anchors), author));
		}
		return parts;
	}

	private static List<Element> filmHeadings(Element root) {
		List<Element> found = new ArrayList<>();
		for (Element heading : root.select(HEADINGS)) {
			if (filmLink(heading) != null) {
				found.add(heading);
			}
		}
		return found;
	}

	private static Element filmLink(Element heading) {
		for (Element link : heading.select("a[href]")) {
			if (LetterboxdLinks
				.first(link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href")) != null) {
				return link;
			}
		}
		return null;
	}

	/**
	 * The heading's highest ancestor below {@code root} that holds no other film heading.
	 */
	private static Element anchor(Element heading, Element root) {
		Element anchor = heading;
		while (anchor.parent() != null && anchor.parent() != root
				&& anchor.parent().select("[" + MARK + "]").size() == 1) {
			anchor = anchor.parent();
		}
		return anchor;
	}

	/**
	 * A detached element holding the review without its heading: the anchor's content and
	 * the siblings after it.
	 */
	private static Element section(Element anchor, Element heading, List<Element> anchors) {
		Element section = new Element("div");
		if (anchor != heading) {
			Element inside = anchor.clone();
			inside.select("[" + MARK + "]").remove();
			section.appendChild(inside);
		}
		for (Element next = anchor.nextElementSibling(); next != null && !anchors.contains(next)
				&& next.select("[" + MARK + "]").isEmpty(); next = next.nextElementSibling()) {
			section.appendChild(next.clone());
		}
		return section;
	}

	private static ArticleParts review(Element heading, Element section, String author) {
		Element link = filmLink(heading);
		String linkText = link.text().strip();
		String headingText = heading.text().strip();
		String title = linkText.isEmpty() ? headingText : linkText;
		Matcher year = YEAR_IN_PARENTHESES.matcher(headingText);
		DeclaredRating declared = rating(section);
		String headingRest = headingText.replace(title, "");
		String date = timeDate(heading, section);
		if (date == null) {
			markDatelines(section);
		}
		String href = link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
		return new ArticleParts(null, title, year.find() ? year.group(1) : null, null, date, author,
				LetterboxdLinks.first(href), section.html(), declared, null, date == null ? headingRest : null, true);
	}

	/**
	 * The {@code time[datetime]} of the heading or review, removing its line out of the
	 * section; null when there is none.
	 */
	private static String timeDate(Element heading, Element section) {
		Element time = heading.selectFirst(TIME);
		if (time == null) {
			time = section.selectFirst(TIME);
		}
		if (time == null) {
			return null;
		}
		String value = time.attr("datetime").strip();
		if (section.selectFirst(TIME) == time) {
			removeLine(time, section);
		}
		return value;
	}

	/**
	 * Marks the lines that may be the review's dateline (elements of at most one child
	 * element, {@link Field#DATELINE_MARK}), for normalize to pick the first short one
	 * that reads as a date.
	 */
	private static void markDatelines(Element section) {
		for (Element line : section.select(DATELINE_CANDIDATES)) {
			if (line.children().size() <= 1) {
				line.attr(Field.DATELINE_MARK, "1");
			}
		}
	}

	private static void removeLine(Element element, Element section) {
		Element line = element;
		while (line.parent() != null && line.parent() != section
				&& line.parent().text().strip().equals(element.text().strip())) {
			line = line.parent();
		}
		line.remove();
	}

	/**
	 * {@code sl-rating value}, else the first star run; both are removed from the
	 * section's text.
	 */
	private static DeclaredRating rating(Element section) {
		Element widget = section.selectFirst(SL_RATING);
		if (widget != null) {
			String value = widget.attr("value").strip();
			widget.remove();
			DeclaredRating declared = DeclaredRating.notation(value + "/5");
			removeStarRuns(section);
			return declared;
		}
		Matcher stars = STAR_RUN.matcher(section.text());
		if (stars.find()) {
			String run = stars.group();
			removeStarRuns(section);
			return DeclaredRating.notation(run.replace("☆", ""));
		}
		return null;
	}

	private static void removeStarRuns(Element section) {
		for (Element element : section.getAllElements()) {
			for (Node child : new ArrayList<>(element.childNodes())) {
				if (child instanceof org.jsoup.nodes.TextNode text && STAR_RUN.matcher(text.text()).find()) {
					text.text(STAR_RUN.matcher(text.text()).replaceAll(""));
				}
			}
		}
		Elements empty = section.select("p, span, div");
		for (Element element : empty) {
			if (element.text().isBlank() && element.children().isEmpty()) {
				element.remove();
			}
		}
	}

}
