package dev.reviewbatch.domain;

/**
 * A rating on Letterboxd's scale, held as half-stars: 1 = ½★ … 10 = ★★★★★.
 * <p>
 * Immutable; the constructor rejects values outside 1..10, so an existing instance is
 * always valid.
 */
public record StarRating(int halfStars) implements Comparable<StarRating> {

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
		return stars() + "★";
	}
}
