package dev.reviewbatch.source.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

import dev.reviewbatch.domain.StarRating;
import dev.reviewbatch.normalize.DateNormalizer;
import dev.reviewbatch.normalize.NormalizationException;

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
 * <li>date: a {@code time[datetime]} in the heading or review, else a date in the heading
 * beside the title, else the first short line of the review that is a date (any notation
 * {@link DateNormalizer} reads);</li>
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

	/** The longest line taken for a date line. */
	static final int DATE_LINE_LIMIT = 60;

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
		String date = date(heading, section, headingText.replace(title, ""));
		String href = link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
		return new ArticleParts(null, title, year.find() ? year.group(1) : null, null, date, author,
				LetterboxdLinks.first(href), section.html(), declared, null);
	}

	/** The review's date, removing the element it came from out of the section. */
	private static String date(Element heading, Element section, String headingRest) {
		Element time = heading.selectFirst(TIME);
		if (time == null) {
			time = section.selectFirst(TIME);
		}
		if (time != null) {
			String value = time.attr("datetime").strip();
			if (section.selectFirst(TIME) == time) {
				removeLine(time, section);
			}
			return value;
		}
		if (readsAsDate(headingRest)) {
			return headingRest.strip();
		}
		for (Element line : section.select("p, span, div, small, em")) {
			String text = line.text().strip();
			if (!text.isEmpty() && text.length() <= DATE_LINE_LIMIT && line.children().size() <= 1
					&& readsAsDate(text)) {
				line.remove();
				return text;
			}
		}
		return null;
	}

	private static void removeLine(Element element, Element section) {
		Element line = element;
		while (line.parent() != null && line.parent() != section
				&& line.parent().text().strip().equals(element.text().strip())) {
			line = line.parent();
		}
		line.remove();
	}

	/** Whether {@code text} is a date the normalizer reads (a byline or dateline). */
	static boolean readsAsDate(String text) {
		if (text == null || text.chars().noneMatch(Character::isDigit)) {
			return false;
		}
		try {
			return DateNormalizer.parse(text) != null;
		}
		catch (NormalizationException ex) {
			return false;
		}
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
