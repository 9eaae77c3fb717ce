package dev.reviewbatch.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

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
	 * Every glyph that writes a star rating, as characters and as HTML entities: the one
	 * list of them.
	 */
	public static final Glyphs GLYPHS = new Glyphs("★⭐", "☆✩", "½",
			List.of("&#9733;", "&#x2605;", "&starf;", "&bigstar;"), List.of("&#9734;", "&#x2606;", "&star;"),
			List.of("&#189;", "&#xbd;", "&frac12;", "&half;"));

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

	/**
	 * Star glyphs: {@code full} (one star each), {@code empty} (none) and {@code half}
	 * characters, and the lower-case HTML entities that stand for each. Immutable.
	 */
	public record Glyphs(String full, String empty, String half, List<String> fullEntities, List<String> emptyEntities,
			List<String> halfEntities) {

		public Glyphs {
			fullEntities = List.copyOf(fullEntities);
			emptyEntities = List.copyOf(emptyEntities);
			halfEntities = List.copyOf(halfEntities);
		}

		/** Every glyph character: full, empty, half. */
		public String characters() {
			return full + empty + half;
		}

		/**
		 * The characters that show a rating rather than its empty rest: full and half.
		 */
		public String shown() {
			return full + half;
		}

		/** Every entity: full, empty, half. */
		public List<String> entities() {
			return Stream.of(fullEntities, emptyEntities, halfEntities).flatMap(List::stream).toList();
		}

		/**
		 * The half-stars one glyph (a character, or an entity in any case) counts: 2
		 * full, 1 half, 0 empty; -1 for anything else.
		 */
		public int halfStarsOf(String glyph) {
			String lower = glyph.toLowerCase(Locale.ROOT);
			if (lower.length() == 1 && full.contains(lower) || fullEntities.contains(lower)) {
				return 2;
			}
			if (lower.length() == 1 && half.contains(lower) || halfEntities.contains(lower)) {
				return 1;
			}
			return lower.length() == 1 && empty.contains(lower) || emptyEntities.contains(lower) ? 0 : -1;
		}

	}

}
