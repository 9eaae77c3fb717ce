package dev.reviewbatch.domain;

/**
 * The longest value, in characters, the store holds for each bounded field: the one place
 * these limits are stated (the README's "Limits" list repeats them; {@code db/schema.sql}
 * sizes its columns to hold them). A value over its limit is a reject naming the field
 * and the limit, never a failed run. Review text is not limited.
 */
public final class StoreLimits {

	/**
	 * A film title ({@code Name}). Its folded key plus {@code :year} must also fit
	 * {@link #FILM_KEY}.
	 */
	public static final int TITLE = 500;

	/** A film's matching key ({@link Film#key()}). */
	public static final int FILM_KEY = 700;

	/** A row's tags, joined with {@code ", "}. */
	public static final int TAGS = 4000;

	/** A Letterboxd URI or URL (entries, films, lists, liked and commented targets). */
	public static final int URI = 300;

	/** A list name or a review title. */
	public static final int NAME = 1000;

	/** A username. */
	public static final int USERNAME = 300;

	/** A TMDb id. */
	public static final int TMDB_ID = 40;

	/** A list description, a list entry's notes, a comment. */
	public static final int LONG_TEXT = 1_000_000;

	/** A reject's reason; longer reasons are cut. */
	public static final int REJECT_REASON = 2000;

	/**
	 * A reject's raw row as kept in the store and {@code rejects.csv}; longer rows are
	 * cut, and say so.
	 */
	public static final int REJECT_RAW = 10_000;

	private StoreLimits() {
	}

	/**
	 * {@code value} cut to {@code limit} characters, ending with a note of its full
	 * length when it was cut.
	 */
	public static String cut(String value, int limit) {
		if (value == null || value.length() <= limit) {
			return value;
		}
		String note = String.format(java.util.Locale.ROOT, "… (cut; %,d characters)", value.length());
		return value.substring(0, Math.max(0, limit - note.length())) + note;
	}

}
