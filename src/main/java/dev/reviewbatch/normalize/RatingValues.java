package dev.reviewbatch.normalize;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import dev.reviewbatch.domain.StarRating;

/**
 * Reads the parts of a rating statement: numbers in digits or words ({@code 3,5},
 * {@code 2½}, {@code three and a half}), scales ({@code 5}, {@code ten}) and star glyph
 * runs ({@code ★★★½}, {@code &#9733;}).
 * <p>
 * Stateless and thread-safe; the arguments are the texts matched by
 * {@link RatingScanner}'s patterns.
 */
final class RatingValues {

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
			"seven", "eight", "nine", "ten");

	private RatingValues() {
	}

	/**
	 * A number in digits ({@code 4}, {@code 3,5}, {@code 2½}, {@code ½}) or words
	 * ({@code four and a half}).
	 */
	static BigDecimal number(String text) {
		char first = text.charAt(0);
		if (first >= '0' && first <= '9' || first == '½') {
			int half = text.indexOf('½');
			if (half < 0) {
				return new BigDecimal(text.replace(',', '.'));
			}
			return half == 0 ? HALF : new BigDecimal(text.substring(0, half)).add(HALF);
		}
		String words = text.toLowerCase(Locale.ROOT);
		int space = indexOfSeparator(words);
		String head = space < 0 ? words : words.substring(0, space);
		int index = NUMBER_WORDS.indexOf(head);
		if (index < 0) {
			return HALF; // "half", "half a", "a half"
		}
		BigDecimal value = BigDecimal.valueOf(index);
		return words.contains("half") ? value.add(HALF) : value;
	}

	/** A scale in digits or words: {@code 5}, {@code five}, {@code 100}. */
	static int scale(String text) {
		char first = text.charAt(0);
		if (first >= '0' && first <= '9') {
			return Integer.parseInt(text);
		}
		int index = NUMBER_WORDS.indexOf(text.toLowerCase(Locale.ROOT));
		return index > 0 ? index : 100; // "a hundred" is not in the pattern; keep a safe
										// default
	}

	/** The stars shown by a glyph run: ★ and ⭐ count 1, ½ counts 0.5, ☆ counts 0. */
	static Glyphs glyphs(String run) {
		BigDecimal stars = BigDecimal.ZERO;
		boolean hasStar = false;
		for (int i = 0; i < run.length(); i++) {
			char c = run.charAt(i);
			String glyph = String.valueOf(c);
			if (c == '&') {
				int end = run.indexOf(';', i);
				glyph = run.substring(i, end + 1).toLowerCase(Locale.ROOT);
				i = end;
			}
			switch (StarRating.GLYPHS.halfStarsOf(glyph)) {
				case 2 -> {
					stars = stars.add(BigDecimal.ONE);
					hasStar = true;
				}
				case 0 -> hasStar = true;
				case 1 -> stars = stars.add(HALF);
				default -> {
					// spaces and variation selectors between glyphs
				}
			}
		}
		return new Glyphs(stars, hasStar);
	}

	private static int indexOfSeparator(String words) {
		for (int i = 0; i < words.length(); i++) {
			char c = words.charAt(i);
			if (c == '-' || Character.isWhitespace(c)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A glyph run's value in stars, and whether it shows any star at all (filled or
	 * hollow).
	 */
	record Glyphs(BigDecimal stars, boolean hasStar) {
	}

}
