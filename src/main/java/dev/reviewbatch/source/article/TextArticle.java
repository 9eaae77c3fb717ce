package dev.reviewbatch.source.article;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a plain-text or Markdown review into {@link ArticleParts}. The headline is the
 * front matter's {@code title}, else the first non-blank line (a Markdown {@code #}
 * heading marker dropped), and the text is what follows it; a first line that repeats the
 * front matter's title is dropped from the text. Front matter, YAML or TOML
 * ({@link FrontMatter}), may also give {@code date}, {@code author}, {@code year},
 * {@code grade} (a letter grade) or {@code rating} (any rating notation), handed on as
 * written.
 * <p>
 * The film may have a table of its own ({@link #FILM_TABLES}: {@code [extra.movie]} as
 * Zola themes write it, {@code [movie]}, {@code [film]}, Hugo's {@code [params.movie]}).
 * Its English title ({@code english_title}, {@code title_en}) wins over its
 * {@code title}, which may be the original one, and both over the headline; its
 * {@code year} is the film's year; its {@code rating} is on a 10-point scale
 * ({@code rating = 9} is 4.5 stars) unless the table names another ({@code rating_scale},
 * {@code out_of} or {@code scale} = 5, say). Stateless and thread-safe.
 */
final class TextArticle {

	static final List<String> DATE_KEYS = List.of("date", "published", "pubdate");

	/**
	 * Tables of front matter that describe the reviewed film, in the order they are
	 * looked at.
	 */
	static final List<String> FILM_TABLES = List.of("extra.movie.", "extra.film.", "movie.", "film.", "params.movie.",
			"params.film.");

	static final List<String> ENGLISH_TITLE_KEYS = List.of("english_title", "title_en", "en_title", "title_english");

	static final List<String> SCALE_KEYS = List.of("rating_scale", "out_of", "scale", "max_rating");

	/** The scale of a film table's numeric rating when the table names none. */
	static final String DEFAULT_FILM_SCALE = "10";

	private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s*");

	private TextArticle() {
	}

	/**
	 * One part per review of a text holding many ({@link MarkdownReviewSections}), else
	 * the text as one part.
	 */
	static List<ArticleParts> readAll(String text) {
		FrontMatter front = FrontMatter.split(unix(text));
		if (front.problem() == null) {
			List<ArticleParts> reviews = MarkdownReviewSections.of(front.body(), front.valueOf("author"));
			if (!reviews.isEmpty()) {
				return reviews;
			}
		}
		return List.of(read(text));
	}

	static ArticleParts read(String text) {
		String unix = unix(text);
		FrontMatter front = FrontMatter.split(unix);
		String headline = front.valueOf("title");
		String body = front.body();
		String firstLine = firstLine(body);
		if (headline == null || firstLine.equals(headline.strip())) {
			headline = firstLine;
			body = afterFirstLine(body);
		}
		return new ArticleParts(headline.isEmpty() ? null : headline, filmTitle(front), filmYear(front), null,
				date(front), front.valueOf("author"), LetterboxdLinks.first(unix), body, declared(front),
				front.problem(), null, false);
	}

	/**
	 * The film table's English title, else its title; top-level English title keys too;
	 * null when none.
	 */
	private static String filmTitle(FrontMatter front) {
		String english = front.firstOf(ENGLISH_TITLE_KEYS);
		if (english != null) {
			return english;
		}
		for (String table : FILM_TABLES) {
			String title = front.firstOf(ENGLISH_TITLE_KEYS.stream().map(key -> table + key).toList());
			if (title == null) {
				title = front.valueOf(table + "title");
			}
			if (title != null) {
				return title;
			}
		}
		return null;
	}

	private static String filmYear(FrontMatter front) {
		String year = front.valueOf("year");
		for (int i = 0; year == null && i < FILM_TABLES.size(); i++) {
			year = front.valueOf(FILM_TABLES.get(i) + "year");
		}
		return year;
	}

	/** LF line ends, no byte-order mark. */
	private static String unix(String text) {
		String unix = text.replace("\r\n", "\n").replace('\r', '\n');
		return !unix.isEmpty() && unix.charAt(0) == '\uFEFF' ? unix.substring(1) : unix;
	}

	private static String date(FrontMatter front) {
		for (String key : DATE_KEYS) {
			if (front.valueOf(key) != null) {
				return front.valueOf(key);
			}
		}
		return null;
	}

	/**
	 * The front matter's {@code grade} and its {@code rating} (else a film table's), as
	 * written; null when it has neither.
	 */
	private static DeclaredRating declared(FrontMatter front) {
		String grade = front.valueOf("grade");
		String rating = front.valueOf("rating");
		if (rating == null) {
			rating = filmTableRating(front);
		}
		return grade == null && rating == null ? null : new DeclaredRating(rating, grade, null, null);
	}

	/**
	 * A film table's {@code rating}: a bare number is on the table's scale, 10 by default
	 * ({@code 9} → {@code 9/10}).
	 */
	private static String filmTableRating(FrontMatter front) {
		for (String table : FILM_TABLES) {
			String rating = front.valueOf(table + "rating");
			if (rating == null) {
				continue;
			}
			if (!rating.matches("\\d+(?:\\.\\d+)?")) {
				return rating;
			}
			String scale = front.firstOf(SCALE_KEYS.stream().map(key -> table + key).toList());
			String outOf = scale != null && scale.matches("\\d+") ? scale : DEFAULT_FILM_SCALE;
			return rating + "/" + outOf;
		}
		return null;
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
