package dev.reviewbatch.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * The names of the raw strings a source hands to normalize in a {@link RawRow}: one
 * vocabulary for every source. Each field carries its {@link #column() column name}: the
 * Letterboxd export's column name where the export has the field ({@code Name},
 * {@code Watched Date}), else the name the field is known by in rejects and messages
 * ({@code Reviewer}, {@code Review Title}).
 * <p>
 * The values under these names are raw: as the input wrote them, never normalized.
 */
public enum Field {

	// --- the Letterboxd export's columns ---

	DATE("Date"),

	NAME("Name"),

	YEAR("Year"),

	LETTERBOXD_URI("Letterboxd URI"),

	RATING("Rating"),

	REWATCH("Rewatch"),

	TAGS("Tags"),

	WATCHED_DATE("Watched Date"),

	REVIEW("Review"),

	DATE_JOINED("Date Joined"),

	USERNAME("Username"),

	/** A liked review's or list's address; what a comment was made on. */
	CONTENT("Content"),

	COMMENT("Comment"),

	/** A list's address, or a list entry's film. */
	URL("URL"),

	DESCRIPTION("Description"),

	POSITION("Position"),

	// --- what sources add beside the export's columns ---

	/** A list entry's list. */
	LIST_URL("List URL"),

	LIST_NAME("List Name"),

	/** The file a list came from, its key when it has no address. */
	FILE("File"),

	/** {@code Yes} or {@code No}. */
	LIKED("Liked"),

	/** {@code Yes} when the review contains spoilers. */
	SPOILERS("Spoilers"),

	TMDB_ID("TMDb ID"),

	TMDB_TV_ID("TMDb TV ID"),

	/** A review's author as shown. */
	REVIEWER("Reviewer"),

	/** {@code Yes} when the page shows only the start of the review. */
	TRUNCATED("Truncated"),

	AVERAGE_RATING("Average Rating"),

	FILM_ID("Film ID"),

	/** A feed item's publish time as the feed wrote it. */
	PUBLISHED("Published"),

	GUID("Guid"),

	// --- what the article source hands over, as written ---

	/**
	 * What an article row was taken for ({@code review article}, {@code page of 4
	 * reviews, review 4}); its presence marks the row as an article.
	 */
	ARTICLE("Article"),

	/** An article's place among the reviews of a page of several, from 1. */
	REVIEW_NUMBER("Review Number"),

	/** An article's headline as written. */
	HEADLINE("Headline"),

	/** A review's own title. */
	REVIEW_TITLE("Review Title"),

	AUTHOR("Author"),

	/** A rating declared outside an article's prose, in any notation. */
	DECLARED_RATING("Declared Rating"),

	/** A letter grade, {@code A+} … {@code F}. */
	GRADE("Grade"),

	/** schema.org {@code reviewRating.ratingValue}. */
	RATING_VALUE("Rating Value"),

	/** schema.org {@code reviewRating.bestRating}: the scale of {@link #RATING_VALUE}. */
	BEST_RATING("Best Rating"),

	/** Why the source could not read an article as a whole. */
	PROBLEM("Problem"),

	/**
	 * What a review's heading on an HTML page of many says beside the film's title; its
	 * presence asks normalize to find the review's date there, else in the first short
	 * line of its HTML {@link #REVIEW} among those marked {@link #DATELINE_MARK}.
	 */
	DATELINE_HTML("Dateline"),

	/**
	 * As {@link #DATELINE_HTML}, for a Markdown or text review: any line may be the date.
	 */
	DATELINE_TEXT("Text Dateline"),

	// --- IMDb and Letterboxd import-format columns that ride along ---

	IMDB_ID("imdbID"),

	ORIGINAL_TITLE("Original Title"),

	/** The import format's film link. */
	IMPORT_LETTERBOXD_URI("LetterboxdURI"),

	/** The import format's TMDb id. */
	IMPORT_TMDB_ID("tmdbID"),

	DIRECTORS("Directors");

	/**
	 * The attribute (value {@code 1}) that marks the elements of a {@link #DATELINE_HTML}
	 * row's review markup that may be its dateline.
	 */
	public static final String DATELINE_MARK = "data-reviewbatch-dateline";

	private static final Map<String, Field> BY_COLUMN = byColumn();

	private final String column;

	Field(String column) {
		this.column = column;
	}

	/** The column name, as the export's header and the rejects file spell it. */
	public String column() {
		return column;
	}

	/** The field whose column name is exactly {@code column}, or {@code null}. */
	public static Field ofColumn(String column) {
		return BY_COLUMN.get(column);
	}

	private static Map<String, Field> byColumn() {
		Map<String, Field> fields = new HashMap<>();
		for (Field field : values()) {
			fields.put(field.column, field);
		}
		return Map.copyOf(fields);
	}

}
