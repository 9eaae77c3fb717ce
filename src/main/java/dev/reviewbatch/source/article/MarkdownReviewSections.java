package dev.reviewbatch.source.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown form of {@link ReviewSections}: splits a text holding many reviews into
 * one {@link ArticleParts} per film when at least {@link ReviewSections#MIN_REVIEWS}
 * headings ({@code ##} to {@code ####}) each hold a Letterboxd film link, as in
 * {@code ## [Saltmarsh](https://letterboxd.com/film/saltmarsh/) (1988)}. A review runs
 * from its heading to the next film heading. Film: the link's text (else the heading's),
 * year in parentheses from the heading; date: beside the title in the heading, else the
 * first short line of the review that is a date; rating: {@code <sl-rating value="3.5">}
 * (stars out of 5), else the first run of star glyphs; text: the rest, without the date
 * line and the rating. Stateless and thread-safe.
 */
final class MarkdownReviewSections {

	static final Pattern HEADING = Pattern.compile("^#{2,4}\\s+(.+?)\\s*#*\\s*$");

	/** {@code [text](url)}. */
	static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]+)[^)]*\\)");

	static final Pattern SL_RATING = Pattern
		.compile("<sl-rating\\b[^>]*\\bvalue=\"([0-9.]+)\"[^>]*>(?:\\s*</sl-rating>)?", Pattern.CASE_INSENSITIVE);

	private MarkdownReviewSections() {
	}

	/** One part per review; empty when the text is one review. */
	static List<ArticleParts> of(String body, String author) {
		List<String> lines = body.lines().toList();
		List<Integer> headings = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher heading = HEADING.matcher(lines.get(i));
			if (heading.matches() && filmLink(heading.group(1)) != null) {
				headings.add(i);
			}
		}
		if (headings.size() < ReviewSections.MIN_REVIEWS) {
			return List.of();
		}
		List<ArticleParts> parts = new ArrayList<>();
		for (int h = 0; h < headings.size(); h++) {
			int from = headings.get(h);
			int to = h + 1 < headings.size() ? headings.get(h + 1) : lines.size();
			parts.add(review(lines.get(from), new ArrayList<>(lines.subList(from + 1, to)), author));
		}
		return parts;
	}

	/**
	 * The first Markdown link in {@code text} that is a Letterboxd film link, as {text,
	 * url}; null when none.
	 */
	private static String[] filmLink(String text) {
		Matcher link = MARKDOWN_LINK.matcher(text);
		while (link.find()) {
			String url = LetterboxdLinks.first(link.group(2));
			if (url != null) {
				return new String[] { link.group(1).strip(), url };
			}
		}
		return null;
	}

	private static ArticleParts review(String headingLine, List<String> lines, String author) {
		Matcher heading = HEADING.matcher(headingLine);
		heading.matches();
		String headingText = heading.group(1);
		String[] link = filmLink(headingText);
		String shownHeading = MARKDOWN_LINK.matcher(headingText).replaceAll("$1").strip();
		String title = link[0].isEmpty() ? shownHeading : link[0];
		Matcher year = ReviewSections.YEAR_IN_PARENTHESES.matcher(shownHeading);
		DeclaredRating declared = rating(lines);
		String text = String.join("\n", lines);
		return new ArticleParts(null, title, year.find() ? year.group(1) : null, null, null, author, link[1], text,
				declared, null, shownHeading.replace(title, ""), false);
	}

	/** The rating widget or first star run, removed from the lines. */
	private static DeclaredRating rating(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			Matcher widget = SL_RATING.matcher(lines.get(i));
			if (widget.find()) {
				lines.set(i, widget.replaceFirst("").strip());
				return DeclaredRating.notation(widget.group(1) + "/5");
			}
		}
		for (int i = 0; i < lines.size(); i++) {
			Matcher stars = ReviewSections.STAR_RUN.matcher(lines.get(i));
			if (stars.find()) {
				lines.set(i, stars.replaceFirst("").strip());
				return DeclaredRating.notation(stars.group().replace("☆", ""));
			}
		}
		return null;
	}

}
