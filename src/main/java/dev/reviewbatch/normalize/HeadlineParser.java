package dev.reviewbatch.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.reviewbatch.domain.Film;
import dev.reviewbatch.domain.StarRating;

/**
 * Blog and feed headlines → {@link Headline}. Accepted shapes:
 * <ul>
 * <li>{@code Ballerina” (2025) Review – A Beautiful Disappointment}: title,
 * {@code (YYYY)}, optional "Review", a separator and the review's own title;</li>
 * <li>{@code Review: Ballerina (2025)},
 * {@code Movie Review: "Dune: Part Two" (2024) – Worth the Wait};</li>
 * <li>{@code Avengers: Age of Ultron (2015)};</li>
 * <li>Letterboxd RSS {@code The Passion According to G.H., 2023 - ★★} (the stars are a
 * rating, not a review title);</li>
 * <li>{@code Ballerina Review – A Beautiful Disappointment} and a bare title, both
 * without a year.</li>
 * </ul>
 * The film title is cleaned as by {@link TitleNormalizer} (quotes, entities, whitespace,
 * articles).
 * <p>
 * Errors: a blank headline throws {@link NormalizationException}. Stateless and
 * thread-safe.
 */
public final class HeadlineParser {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE;

	private static final Pattern REVIEW_PREFIX = Pattern.compile("^(?:(?:movie|film)\\s+)?review\\s*[:|–—-]\\s*",
			FLAGS);

	private static final Pattern TITLE_YEAR_REST = Pattern.compile("^(.+?)\\s*\\((\\d{4})\\)\\s*(.*)$");

	private static final Pattern RSS_TITLE = Pattern.compile("^(.+),\\s*(\\d{4})(?:\\s+[-–]\\s+(.*))?$");

	private static final Pattern RSS_RATING = Pattern
		.compile("^[" + StarRating.GLYPHS.characters() + "\\s]*(?:\\(\\s*contains spoilers\\s*\\))?\\s*$", FLAGS);

	private static final Pattern TITLE_REVIEW_REST = Pattern
		.compile("^(.+?)\\s+(?:(?:movie|film)\\s+)?review(?:\\s*[:|–—-]\\s*(.*))?$", FLAGS);

	private static final Pattern REVIEW_WORD = Pattern.compile("^(?:(?:movie|film)\\s+)?review\\b\\s*", FLAGS);

	private static final Pattern SEPARATOR = Pattern.compile("^[:|–—-]+\\s*");

	private HeadlineParser() {
	}

	/**
	 * @throws NormalizationException when the headline is blank or holds no title
	 */
	public static Headline parse(String raw) {
		if (TextCleaning.isBlank(raw)) {
			throw new NormalizationException(raw, "a headline needs a film title");
		}
		String text = REVIEW_PREFIX.matcher(TextCleaning.oneLine(raw)).replaceFirst("");
		Matcher m = TITLE_YEAR_REST.matcher(text);
		if (m.matches() && TitleNormalizer.isPlausible(Integer.parseInt(m.group(2)))) {
			return headline(m.group(1), Integer.parseInt(m.group(2)), reviewTitle(m.group(3)), raw);
		}
		m = RSS_TITLE.matcher(text);
		if (m.matches() && TitleNormalizer.isPlausible(Integer.parseInt(m.group(2)))) {
			String rest = m.group(3);
			boolean rating = rest == null || RSS_RATING.matcher(rest).matches();
			return headline(m.group(1), Integer.parseInt(m.group(2)), rating ? null : reviewTitle(rest), raw);
		}
		m = TITLE_REVIEW_REST.matcher(text);
		if (m.matches()) {
			return headline(m.group(1), null, reviewTitle(m.group(2)), raw);
		}
		return headline(text, null, null, raw);
	}

	private static Headline headline(String titlePart, Integer year, String reviewTitle, String raw) {
		Film film = TitleNormalizer.parse(titlePart);
		return new Headline(film.title(), year != null ? year : film.year(), reviewTitle);
	}

	/**
	 * What follows the year: "Review – Sub" or "– Sub" → "Sub"; nothing or only "Review"
	 * → null.
	 */
	private static String reviewTitle(String rest) {
		if (rest == null) {
			return null;
		}
		String title = SEPARATOR.matcher(rest).replaceFirst("");
		title = REVIEW_WORD.matcher(title).replaceFirst("");
		title = SEPARATOR.matcher(title).replaceFirst("").strip();
		return title.isEmpty() ? null : title;
	}

}
