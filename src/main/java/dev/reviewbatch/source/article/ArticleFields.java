package dev.reviewbatch.source.article;

/**
 * The field names article rows use: the Letterboxd export's column names where one fits
 * ({@code Name}, {@code Year}, {@code Date}, {@code Rating}, {@code Review},
 * {@code Letterboxd URI}), plus the article's extras. Constants only.
 */
public final class ArticleFields {

	public static final String NAME = "Name";

	public static final String YEAR = "Year";

	/** The publish date, ISO. */
	public static final String DATE = "Date";

	/**
	 * The current rating in stars, {@code 0.5} … {@code 5.0}, as Letterboxd's export
	 * writes it.
	 */
	public static final String RATING = "Rating";

	public static final String REVIEW = "Review";

	public static final String URI = "Letterboxd URI";

	public static final String REVIEW_TITLE = "Review Title";

	public static final String AUTHOR = "Author";

	/**
	 * The rating events in half-stars, oldest first, joined with {@code ;}: {@code 4;8}.
	 */
	public static final String RATING_HISTORY = "Rating History";

	private ArticleFields() {
	}

}
