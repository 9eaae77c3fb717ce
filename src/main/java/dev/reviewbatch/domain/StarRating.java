package dev.reviewbatch.domain;

/**
 * A rating on Letterboxd's scale, held as half-stars: 1 = ½★ … 10 = ★★★★★.
 * <p>
 * Immutable; the constructor rejects values outside 1..10, so an existing instance is
 * always valid.
 */
public record StarRating(int halfStars) implements Comparable<StarRating> {

	/** A whole star, as Letterboxd writes ratings ({@code ★★★½}). */
	public static final String STAR = "★";

	/** Half a star. */
	public static final String HALF = "½";

	/** An empty star, as in {@code ★★★★☆}. */
	public static final String EMPTY = "☆";

	/**
	 * Every character that writes a star rating: {@code ★} and {@code ⭐} count a star,
	 * {@code ½} half of one, {@code ☆} and {@code ✩} none ({@link #halfStarsOf(char)}).
	 * The one list of them; markup spellings such as {@code &#9733;} are the normalizer's
	 * business.
	 */
	public static final String GLYPHS = "★⭐½☆✩";

	public StarRating {
		if (halfStars < 1 || halfStars > 10) {
			throw new IllegalArgumentException("half-stars must be 1..10, was " + halfStars);
		}
	}

	public static StarRating ofHalfStars(int halfStars) {
		return new StarRating(halfStars);
	}

	/**
	 * The rating in stars as Letterboxd's import format writes it: {@code 0.5} …
	 * {@code 5.0}.
	 */
	public String stars() {
		return (halfStars / 2) + (halfStars % 2 == 0 ? ".0" : ".5");
	}

	/** The rating as star glyphs: 7 → {@code ★★★½}. */
	public String glyphs() {
		return glyphs(halfStars);
	}

	/**
	 * Any number of half-stars as star glyphs: 7 → {@code ★★★½}, 0 → empty; throws
	 * {@link IllegalArgumentException} for a negative count.
	 */
	public static String glyphs(int halfStars) {
		if (halfStars < 0) {
			throw new IllegalArgumentException("half-stars must not be negative, was " + halfStars);
		}
		return STAR.repeat(halfStars / 2) + (halfStars % 2 == 1 ? HALF : "");
	}

	/**
	 * What one of the {@link #GLYPHS} counts in half-stars (2, 1 or 0), or -1 for a
	 * character that is not one of them.
	 */
	public static int halfStarsOf(char glyph) {
		return switch (glyph) {
			case '★', '⭐' -> 2;
			case '½' -> 1;
			case '☆', '✩' -> 0;
			default -> -1;
		};
	}

	/** The rating on a 1..10 scale, as {@code Rating10} in Letterboxd's import format. */
	public int outOfTen() {
		return halfStars;
	}

	@Override
	public int compareTo(StarRating other) {
		return Integer.compare(halfStars, other.halfStars);
	}

	@Override
	public String toString() {
		return stars() + STAR;
	}
}
