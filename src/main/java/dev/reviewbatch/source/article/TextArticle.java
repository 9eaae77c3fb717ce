package dev.reviewbatch.source.article;

import java.util.List;
import java.util.regex.Pattern;

import dev.reviewbatch.normalize.NormalizationException;
import dev.reviewbatch.normalize.RatingNormalizer;
import dev.reviewbatch.normalize.ReviewTextNormalizer;

/**
 * Reads a plain-text or Markdown review into {@link ArticleParts}. The headline is the front matter's
 * {@code title:}, else the first non-blank line (a Markdown {@code #} heading marker dropped), and the text is
 * what follows it; a first line that repeats the front matter's title is dropped from the text. Front matter
 * may also give {@code date:}, {@code author:}, {@code year:}, {@code grade:} (a
 * letter grade, see {@link LetterGrade}) or {@code rating:} (any notation {@link RatingNormalizer#parse} reads).
 * Stateless and thread-safe.
 */
final class TextArticle {

	static final List<String> DATE_KEYS = List.of("date", "published", "pubdate");

	static final String UNCLOSED = "the front matter opens with --- but never closes (truncated file?)";

	private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s*");

	private TextArticle() {
	}

	static ArticleParts read(String text) {
		String unix = text.replace("\r\n", "\n").replace('\r', '\n');
		if (!unix.isEmpty() && unix.charAt(0) == '\uFEFF') {
			unix = unix.substring(1);
		}
		FrontMatter front = FrontMatter.split(unix);
		String headline = front.valueOf("title");
		String body = front.body();
		String firstLine = firstLine(body);
		if (headline == null || firstLine.equals(headline.strip())) {
			headline = firstLine;
			body = afterFirstLine(body);
		}
		return new ArticleParts(headline.isEmpty() ? null : headline, null, front.valueOf("year"), null,
				date(front), front.valueOf("author"), LetterboxdLinks.first(unix),
				ReviewTextNormalizer.toPlainText(body), declared(front), front.closed() ? null : UNCLOSED);
	}

	private static String date(FrontMatter front) {
		for (String key : DATE_KEYS) {
			if (front.valueOf(key) != null) {
				return front.valueOf(key);
			}
		}
		return null;
	}

	private static DeclaredRating declared(FrontMatter front) {
		String grade = front.valueOf("grade");
		if (grade != null && LetterGrade.parse(grade) != null) {
			return new DeclaredRating(LetterGrade.parse(grade), "grade " + grade);
		}
		String rating = front.valueOf("rating");
		try {
			return rating == null ? null : new DeclaredRating(RatingNormalizer.parse(rating), "rating " + rating);
		}
		catch (NormalizationException ex) {
			return null;
		}
	}

	/** The first non-blank line without a Markdown heading marker. */
	private static String firstLine(String text) {
		int start = firstNonBlank(text);
		int end = text.indexOf('\n', start);
		return HEADING_MARK.matcher((end < 0 ? text.substring(start) : text.substring(start, end)).strip())
			.replaceFirst("");
	}

	private static String afterFirstLine(String text) {
		int end = text.indexOf('\n', firstNonBlank(text));
		return end < 0 ? "" : text.substring(end + 1);
	}

	private static int firstNonBlank(String text) {
		int i = 0;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}
}
