package dev.reviewbatch.source.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.reviewbatch.domain.Film;
import dev.reviewbatch.domain.StarRating;
import dev.reviewbatch.normalize.DateNormalizer;
import dev.reviewbatch.normalize.Headline;
import dev.reviewbatch.normalize.HeadlineParser;
import dev.reviewbatch.normalize.NormalizationException;
import dev.reviewbatch.normalize.RatingMention;
import dev.reviewbatch.normalize.RatingNormalizer;
import dev.reviewbatch.normalize.TitleNormalizer;

/**
 * Turns what a format reader found ({@link ArticleParts}) into a {@link ParsedArticle},
 * in one place for HTML and text alike.
 * <ul>
 * <li>Film: schema.org {@code itemReviewed} when present, else the headline
 * ({@link HeadlineParser}); the review's own title from the headline.</li>
 * <li>Rating: every statement in the text ({@link RatingNormalizer#findAll}) in order.
 * The current rating is an explicit final statement ("Final Rating: …") if the text has
 * one, else a declared rating (schema.org {@code reviewRating}, a front-matter grade),
 * else the last statement. The history is the text's rating events
 * ({@link RatingNormalizer#history}), followed by the declared rating when it is current
 * and differs from the last event.</li>
 * <li>Values that do not parse (a publish date, a year) are left out rather than failing
 * the article.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class ArticleFactory {

	static final String NO_TITLE = "no film title: the article has no headline (h1, og:title, <title>, front matter"
			+ " title: or a first line) and no schema.org itemReviewed";

	static final String NO_RATING = "no rating found: no rating statement in the text (e.g. \"4 out of 5 stars\","
			+ " \"8/10\", \"★★★★\"), no schema.org reviewRating and no front-matter grade";

	private ArticleFactory() {
	}

	static ParsedArticle create(ArticleParts parts) {
		Headline headline = headline(parts.headline());
		Film film = film(parts, headline);
		List<RatingMention> mentions = RatingNormalizer.findAll(parts.text());
		StarRating rating = currentRating(mentions, parts.declared());
		String problem = parts.problem() != null ? parts.problem()
				: film == null ? NO_TITLE : rating == null ? NO_RATING : null;
		return new ParsedArticle(film == null ? null : film.title(), film == null ? null : film.year(),
				reviewTitle(parts, headline, film), parts.author(), date(parts.published()), parts.link(), parts.text(),
				mentions, history(mentions, rating), rating, problem);
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
	private static Film film(ArticleParts parts, Headline headline) {
		Integer year = year(parts.itemYear());
		if (parts.itemName() != null) {
			Film item = TitleNormalizer.parse(parts.itemName());
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
	private static String reviewTitle(ArticleParts parts, Headline headline, Film film) {
		if (headline == null || film == null) {
			return parts.reviewName();
		}
		if (parts.itemName() != null && !sameFilm(headline, film.title())) {
			return parts.headline().strip();
		}
		return headline.reviewTitle();
	}

	private static StarRating currentRating(List<RatingMention> mentions, DeclaredRating declared) {
		RatingMention current = RatingNormalizer.current(mentions).orElse(null);
		if (current != null && (current.isFinal() || declared == null)) {
			return current.rating();
		}
		return declared == null ? null : declared.rating();
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
