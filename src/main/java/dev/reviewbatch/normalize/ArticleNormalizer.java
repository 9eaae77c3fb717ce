package dev.reviewbatch.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.Film;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.StarRating;

/**
 * Turns an article row (one with an {@link Field#ARTICLE} field: the raw pieces the
 * article source found) into a {@link ParsedArticle}, in one place for HTML and text
 * alike.
 * <ul>
 * <li>Text: the {@code Review} markup (HTML, Markdown or text) as plain text
 * ({@link ReviewTextNormalizer}), without the dateline of a review on a page of many
 * ({@link Dateline}).</li>
 * <li>Film: schema.org {@code itemReviewed} when present, else the headline
 * ({@link HeadlineParser}); the review's own title from the headline.</li>
 * <li>Rating: every statement in the text ({@link RatingNormalizer#findAll}) in order.
 * The current rating is an explicit final statement ("Final Rating: …") if the text has
 * one, else a declared rating (a {@code Grade} that is a letter grade
 * ({@link LetterGrade}), else schema.org's {@code Rating Value} on the scale
 * {@code Best Rating}, 5 by default, else a {@code Declared Rating} in any notation
 * {@link RatingNormalizer#parse} reads), else the last statement. The history is the
 * text's rating events ({@link RatingNormalizer#history}), followed by the declared
 * rating when it is current and differs from the last event.</li>
 * <li>Values that do not parse (a publish date, a year, a declared rating) are left out
 * rather than failing the article; an article without a film title or a rating has a
 * {@link ParsedArticle#problem() problem}, as has one the source could not read as a
 * whole ({@code Problem}).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ArticleNormalizer {

	static final String NO_TITLE = "no film title: the article has no headline (h1, og:title, <title>, front matter"
			+ " title: or a first line) and no schema.org itemReviewed";

	static final String NO_RATING = "no rating found: no rating statement in the text (e.g. \"4 out of 5 stars\","
			+ " \"8/10\", \"★★★★\"), no schema.org reviewRating and no front-matter grade";

	private static final BigDecimal DEFAULT_BEST = BigDecimal.valueOf(5);

	private ArticleNormalizer() {
	}

	/** The article of an article row; never null, never throws for bad data. */
	public static ParsedArticle article(RawRow row) {
		Dateline.Dated dated = Dateline.of(row);
		String body = dated.body();
		String text = body == null ? null : ReviewTextNormalizer.toPlainText(body);
		text = text == null ? null : text.strip();
		Headline headline = headline(raw(row, Field.HEADLINE));
		Film film = film(row, headline);
		List<RatingMention> mentions = RatingNormalizer.findAll(text);
		StarRating rating = currentRating(mentions, declared(row));
		String problem = raw(row, Field.PROBLEM) != null ? raw(row, Field.PROBLEM)
				: film == null ? NO_TITLE : rating == null ? NO_RATING : null;
		return new ParsedArticle(film == null ? null : film.title(), film == null ? null : film.year(),
				reviewTitle(row, headline, film), raw(row, Field.AUTHOR), date(dated.date()),
				raw(row, Field.LETTERBOXD_URI), text, mentions, history(mentions, rating), rating, problem);
	}

	/**
	 * What the row was taken for, as a reject names it: {@code review article}, or
	 * {@code page of 4 reviews, review 4 (Bread & Salt (2019))}.
	 */
	static String describe(RawRow row, ParsedArticle article) {
		String kind = raw(row, Field.ARTICLE);
		if (raw(row, Field.REVIEW_NUMBER) == null || article.title() == null) {
			return kind;
		}
		return kind + " (" + article.title() + (article.year() == null ? "" : " (" + article.year() + ")") + ")";
	}

	/** The field as the source wrote it, blank included; null when absent. */
	private static String raw(RawRow row, Field field) {
		return row.fields().get(field);
	}

	private static Headline headline(String raw) {
		try {
			return raw == null || raw.isBlank() ? null : HeadlineParser.parse(raw);
		}
		catch (NormalizationException ex) {
			return null;
		}
	}

	/**
	 * From structured data when the page has it; the year falls back to the headline's
	 * when the titles agree.
	 */
	private static Film film(RawRow row, Headline headline) {
		Integer year = year(raw(row, Field.YEAR));
		String itemName = raw(row, Field.NAME);
		if (itemName != null) {
			Film item = TitleNormalizer.parse(itemName);
			Integer headlineYear = sameFilm(headline, item.title()) ? headline.year() : null;
			return new Film(item.title(), firstOf(item.year(), year, headlineYear));
		}
		if (headline == null) {
			return null;
		}
		return new Film(headline.title(), firstOf(headline.year(), year));
	}

	/**
	 * The headline's review title; when the film came from structured data and the
	 * headline names no film, the whole headline is the review's title (e.g. "A quiet
	 * triumph").
	 */
	private static String reviewTitle(RawRow row, Headline headline, Film film) {
		if (headline == null || film == null) {
			return raw(row, Field.REVIEW_TITLE);
		}
		if (raw(row, Field.NAME) != null && !sameFilm(headline, film.title())) {
			return raw(row, Field.HEADLINE).strip();
		}
		return headline.reviewTitle();
	}

	/**
	 * The declared rating: a letter grade, else schema.org's value on its scale, else a
	 * notation; null when none reads.
	 */
	private static StarRating declared(RawRow row) {
		StarRating grade = LetterGrade.parse(raw(row, Field.GRADE));
		if (grade != null) {
			return grade;
		}
		if (raw(row, Field.RATING_VALUE) != null) {
			return onScale(raw(row, Field.RATING_VALUE), raw(row, Field.BEST_RATING));
		}
		String notation = raw(row, Field.DECLARED_RATING);
		try {
			return notation == null ? null : RatingNormalizer.parse(notation);
		}
		catch (NormalizationException | IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * {@code value} on the scale {@code best} (5 when absent) as half-stars, rounded half
	 * up; null when either is not a number or the result is outside ½★ to 5★.
	 */
	private static StarRating onScale(String value, String best) {
		BigDecimal rating = number(value);
		BigDecimal scale = best == null ? DEFAULT_BEST : number(best);
		scale = scale == null ? DEFAULT_BEST : scale;
		if (rating == null || scale.signum() <= 0) {
			return null;
		}
		int halfStars = rating.multiply(BigDecimal.TEN).divide(scale, 0, RoundingMode.HALF_UP).intValue();
		return halfStars < 1 || halfStars > 10 ? null : StarRating.ofHalfStars(halfStars);
	}

	/** A number as written, with a decimal comma or point; null when it is none. */
	private static BigDecimal number(String raw) {
		try {
			return new BigDecimal(raw.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static StarRating currentRating(List<RatingMention> mentions, StarRating declared) {
		RatingMention current = RatingNormalizer.current(mentions).orElse(null);
		if (current != null && (current.isFinal() || declared == null)) {
			return current.rating();
		}
		return declared;
	}

	private static List<StarRating> history(List<RatingMention> mentions, StarRating current) {
		List<StarRating> events = new ArrayList<>();
		for (RatingMention event : RatingNormalizer.history(mentions)) {
			events.add(event.rating());
		}
		boolean fromText = RatingNormalizer.current(mentions).map(m -> m.rating().equals(current)).orElse(false);
		if (current != null && !fromText && (events.isEmpty() || !events.get(events.size() - 1).equals(current))) {
			events.add(current);
		}
		return events;
	}

	private static boolean sameFilm(Headline headline, String title) {
		return headline != null && headline.title().equalsIgnoreCase(title);
	}

	private static Integer year(String raw) {
		try {
			return TitleNormalizer.year(raw);
		}
		catch (NormalizationException ex) {
			return null;
		}
	}

	private static LocalDate date(String raw) {
		try {
			return DateNormalizer.parse(raw);
		}
		catch (NormalizationException ex) {
			return null;
		}
	}

	@SafeVarargs
	private static <T> T firstOf(T... values) {
		for (T value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
