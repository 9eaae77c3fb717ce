package dev.reviewbatch.normalize;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import dev.reviewbatch.domain.Comment;
import dev.reviewbatch.domain.CurrentRating;
import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.Film;
import dev.reviewbatch.domain.FilmList;
import dev.reviewbatch.domain.FilmMark;
import dev.reviewbatch.domain.ImportItem;
import dev.reviewbatch.domain.LinkLike;
import dev.reviewbatch.domain.ListEntry;
import dev.reviewbatch.domain.Profile;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.Rejection;
import dev.reviewbatch.domain.ReviewText;
import dev.reviewbatch.domain.StarRating;
import dev.reviewbatch.domain.StoreLimits;
import dev.reviewbatch.domain.Viewing;
import dev.reviewbatch.domain.ViewingDetails;

/**
 * Turns each raw row into one clean domain record, or into a {@link Rejection} naming the
 * field and the reason.
 * <p>
 * Contract: never returns {@code null} and never throws for bad data: a row that cannot
 * be normalized becomes a rejection, which the store writes in the same chunk transaction
 * as the clean records. (Spring Batch 6.0.x skip handling has open bugs,
 * spring-batch#5079 and #5157, so bad data does not travel through it.) A value longer
 * than the store holds ({@link StoreLimits}) is a rejection naming the field and the
 * limit.
 * <p>
 * An article row (one with an {@link Field#ARTICLE} field) holds the raw pieces of a
 * review article; {@link ArticleNormalizer} reads them, and a rejection of it shows the
 * article as read (film and plain text) rather than its markup. Stateless and
 * thread-safe.
 */
public class RowNormalizer implements ItemProcessor<RawRow, ImportItem> {

	@Override
	public ImportItem process(RawRow row) {
		if (row.problem() != null) {
			return new Rejection(row.from(), row.problem(), row.raw());
		}
		try {
			return normalize(row);
		}
		catch (FieldException ex) {
			return new Rejection(row.from(), ex.getMessage(),
					isArticle(row) ? ArticleNormalizer.article(row).raw() : row.raw());
		}
	}

	/** An article row: the article source's raw pieces ({@link ArticleNormalizer}). */
	private static boolean isArticle(RawRow row) {
		return row.fields().containsKey(Field.ARTICLE);
	}

	private ImportItem normalize(RawRow row) {
		return switch (row.kind()) {
			case DIARY, REVIEW -> isArticle(row) ? article(row) : viewing(row);
			case RATING -> currentRating(row);
			case WATCHED, WATCHLIST, LIKED_FILM ->
				new FilmMark(row.account(), row.kind(), film(row, Field.NAME, Field.YEAR), date(row, Field.DATE),
						uri(row, Field.LETTERBOXD_URI), row.state(), row.from());
			case LIKED_LINK ->
				new LinkLike(row.account(), within(required(row, Field.CONTENT), Field.CONTENT, StoreLimits.URI),
						date(row, Field.DATE), row.from());
			case LIST -> filmList(row);
			case LIST_ENTRY -> listEntry(row);
			case COMMENT -> new Comment(row.account(), date(row, Field.DATE),
					within(required(row, Field.CONTENT), Field.CONTENT, StoreLimits.URI),
					within(required(row, Field.COMMENT), Field.COMMENT, StoreLimits.LONG_TEXT), row.state(),
					row.from());
			case PROFILE ->
				new Profile(within(required(row, Field.USERNAME).strip(), Field.USERNAME, StoreLimits.USERNAME),
						date(row, Field.DATE_JOINED), row.from());
		};
	}

	private Viewing viewing(RawRow row) {
		Film film = film(row, Field.NAME, Field.YEAR);
		LocalDate watched = date(row, Field.WATCHED_DATE);
		LocalDate logged = date(row, Field.DATE);
		StarRating rating = field(row, Field.RATING, RowNormalizer::rating);
		boolean rewatch = Boolean.TRUE.equals(field(row, Field.REWATCH, FlagNormalizer::rewatch));
		List<String> tags = tags(row);
		return new Viewing(row.account(), film, watched, logged, rating, rewatch, tags, review(row),
				uri(row, Field.LETTERBOXD_URI), row.kind(), row.state(), row.from(), details(row));
	}

	/**
	 * An article row's review: the article normalized ({@link ArticleNormalizer}), or a
	 * rejection naming what the row was taken for and why it is no review.
	 */
	private ImportItem article(RawRow row) {
		ParsedArticle article = ArticleNormalizer.article(row);
		if (!article.isReadable()) {
			return new Rejection(row.from(), ArticleNormalizer.describe(row, article) + ": " + article.problem(),
					article.raw());
		}
		Film film = film(value(Field.NAME, article.title(), TitleNormalizer::clean), article.year(), Field.NAME);
		String reviewTitle = within(article.reviewTitle(), Field.REVIEW_TITLE, StoreLimits.NAME);
		List<StarRating> earlier = article.earlierRatings();
		ViewingDetails details = reviewTitle == null && earlier.isEmpty() ? ViewingDetails.NONE
				: new ViewingDetails(null, false, null, reviewTitle, earlier);
		return new Viewing(row.account(), film, null, article.published(), article.rating(), false, List.of(),
				review(article.text()), within(article.letterboxdLink(), Field.LETTERBOXD_URI, StoreLimits.URI),
				row.kind(), row.state(), row.from(), details);
	}

	/** Liked, spoilers and TMDb id (feeds, pages). */
	private static ViewingDetails details(RawRow row) {
		Boolean liked = field(row, Field.LIKED, FlagNormalizer::yesNo);
		boolean spoilers = Boolean.TRUE.equals(field(row, Field.SPOILERS, FlagNormalizer::yesNo));
		String tmdb = row.valueOf(Field.TMDB_ID) != null
				? within(row.valueOf(Field.TMDB_ID), Field.TMDB_ID, StoreLimits.TMDB_ID)
				: row.valueOf(Field.TMDB_TV_ID) == null ? null
						: within("tv:" + row.valueOf(Field.TMDB_TV_ID), Field.TMDB_TV_ID, StoreLimits.TMDB_ID);
		if (liked == null && !spoilers && tmdb == null) {
			return ViewingDetails.NONE;
		}
		return new ViewingDetails(liked, spoilers, tmdb, null, List.of());
	}

	private CurrentRating currentRating(RawRow row) {
		StarRating rating = field(row, Field.RATING, RowNormalizer::rating);
		if (rating == null) {
			throw new FieldException("Rating: blank in a ratings file");
		}
		return new CurrentRating(row.account(), film(row, Field.NAME, Field.YEAR), rating, date(row, Field.DATE),
				uri(row, Field.LETTERBOXD_URI), row.from());
	}

	private FilmList filmList(RawRow row) {
		String uri = uri(row, Field.URL);
		String name = within(required(row, Field.NAME).strip(), Field.NAME, StoreLimits.NAME);
		String key = uri != null ? uri : row.account() + ":" + row.valueOf(Field.FILE);
		return new FilmList(row.account(), key, name, tags(row), uri,
				within(row.valueOf(Field.DESCRIPTION), Field.DESCRIPTION, StoreLimits.LONG_TEXT), date(row, Field.DATE),
				row.state(), row.from());
	}

	private ListEntry listEntry(RawRow row) {
		String listUri = uri(row, Field.LIST_URL);
		String key = listUri != null ? listUri : row.account() + ":" + row.valueOf(Field.FILE);
		Integer position = field(row, Field.POSITION, RowNormalizer::position);
		return new ListEntry(row.account(), key, position, film(row, Field.NAME, Field.YEAR), uri(row, Field.URL),
				within(row.valueOf(Field.DESCRIPTION), Field.DESCRIPTION, StoreLimits.LONG_TEXT), row.from());
	}

	private static ReviewText review(RawRow row) {
		return review(row.fields().get(Field.REVIEW));
	}

	/** A review as written (HTML or text) and as plain text; null when blank. */
	private static ReviewText review(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		// a review of markup only (e.g. a <script> element) keeps its raw form; its plain
		// text is empty
		String text = value(Field.REVIEW, raw, ReviewTextNormalizer::toPlainText);
		return new ReviewText(raw, text == null ? "" : text);
	}

	private static Film film(RawRow row, Field titleField, Field yearField) {
		return film(field(row, titleField, TitleNormalizer::clean), field(row, yearField, TitleNormalizer::year),
				titleField);
	}

	/** A film of a clean title; its title and matching key must fit the store. */
	private static Film film(String cleanTitle, Integer year, Field titleField) {
		String title = within(cleanTitle, titleField, StoreLimits.TITLE);
		Film film = new Film(title, year);
		if (film.key().length() > StoreLimits.FILM_KEY) {
			throw new FieldException(titleField.column() + ": its matching key has " + count(film.key().length())
					+ " characters, longer than the limit of " + count(StoreLimits.FILM_KEY));
		}
		return film;
	}

	/** The row's tags; their joined cell must fit {@link StoreLimits#TAGS}. */
	private static List<String> tags(RawRow row) {
		List<String> tags = TagNormalizer.split(row.valueOf(Field.TAGS));
		within(TagNormalizer.join(tags), Field.TAGS, StoreLimits.TAGS);
		return tags;
	}

	private static String uri(RawRow row, Field name) {
		return within(row.valueOf(name), name, StoreLimits.URI);
	}

	/**
	 * {@code value} itself when it is null or at most {@code limit} characters; otherwise
	 * a reject of the field.
	 */
	private static String within(String value, Field name, int limit) {
		if (value != null && value.length() > limit) {
			throw new FieldException(name.column() + ": " + count(value.length())
					+ " characters, longer than the limit of " + count(limit));
		}
		return value;
	}

	private static String count(int n) {
		return String.format(java.util.Locale.ROOT, "%,d", n);
	}

	private static LocalDate date(RawRow row, Field name) {
		return field(row, name, DateNormalizer::parseIso);
	}

	private static String required(RawRow row, Field name) {
		String value = row.valueOf(name);
		if (value == null) {
			throw new FieldException(name.column() + ": blank");
		}
		return value;
	}

	/**
	 * A Rating cell: numbers take the strict Letterboxd path ({@code 4}, {@code 4.5}, RSS
	 * {@code 4.0}; no 10-point values); saved pages hand other notations
	 * ({@code rated-8}, {@code ★★★★}), read by the full parser.
	 */
	private static StarRating rating(String raw) {
		String value = raw.strip();
		return !value.isEmpty() && Character.isDigit(value.charAt(0)) ? RatingNormalizer.parseLetterboxd(value)
				: RatingNormalizer.parse(value);
	}

	private static Integer position(String raw) {
		try {
			int position = Integer.parseInt(raw.strip());
			if (position < 1) {
				throw new NormalizationException(raw, "a position starts at 1");
			}
			return position;
		}
		catch (NumberFormatException ex) {
			throw new NormalizationException(raw, "not a whole number");
		}
	}

	/**
	 * Applies {@code parse} to the named field; a blank field is {@code null} for every
	 * parser.
	 */
	private static <T> T field(RawRow row, Field name, Function<String, T> parse) {
		return value(name, row.fields().get(name), parse);
	}

	/** Applies {@code parse} to {@code value}, read from the named field. */
	private static <T> T value(Field name, String value, Function<String, T> parse) {
		try {
			return value == null || value.isBlank() && name != Field.NAME ? null : parse.apply(value);
		}
		catch (NormalizationException | IllegalArgumentException ex) {
			throw new FieldException(name.column() + " " + ex.getMessage());
		}
	}

	/**
	 * A field that cannot be normalized; its message names the field, the value and the
	 * reason.
	 */
	private static final class FieldException extends RuntimeException {

		FieldException(String message) {
			super(message, null, false, false);
		}

	}

}
