package dev.reviewbatch.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.reviewbatch.domain.StarRating;

/**
 * A value on a scale as written ({@code 68} of {@code 100}, {@code 3.5} of {@code 5}),
 * before it is known to be a valid rating. Half-stars = value ÷ scale × 10, rounded half
 * up; valid only from 1 to 10.
 * <p>
 * Immutable and thread-safe.
 */
record Score(BigDecimal value, int scale) {

	private static final StarRating[] BY_HALF_STARS = new StarRating[11];

	static {
		for (int halfStars = 1; halfStars <= 10; halfStars++) {
			BY_HALF_STARS[halfStars] = StarRating.ofHalfStars(halfStars);
		}
	}

	/**
	 * A shared instance for 1..10 half-stars (StarRating is immutable, so rows can share
	 * them).
	 */
	static StarRating rating(int halfStars) {
		return BY_HALF_STARS[halfStars];
	}

	/** Why this is not a rating, or null when it is one. */
	String problem() {
		if (value.signum() < 0) {
			return "a rating cannot be negative";
		}
		if (value.signum() == 0) {
			return "0 is not a rating (blank means unrated)";
		}
		if (value.compareTo(BigDecimal.valueOf(scale)) > 0) {
			return scale == 5 ? "above 5 stars" : "above " + scale + "/" + scale;
		}
		if (halfStars() < 1) {
			return "below half a star";
		}
		return null;
	}

	/** The rating; only call when {@link #problem()} is null. */
	StarRating rating() {
		return rating(halfStars());
	}

	/**
	 * The rating, or a {@link NormalizationException} naming {@code raw} and the problem.
	 */
	StarRating require(String raw) {
		String problem = problem();
		if (problem != null) {
			throw new NormalizationException(raw, problem);
		}
		return rating();
	}

	private int halfStars() {
		return value.multiply(BigDecimal.TEN).divide(BigDecimal.valueOf(scale), 0, RoundingMode.HALF_UP).intValue();
	}

	/**
	 * A plain number such as {@code 4}, {@code 4.5}, {@code 3,5} or {@code -1} on the
	 * 5-star scale, or null when the text is not a plain number.
	 */
	static Score plainNumber(String text) {
		int n = text.length();
		int i = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
		int digits = 0;
		int separators = 0;
		for (int j = i; j < n; j++) {
			char c = text.charAt(j);
			if (c >= '0' && c <= '9') {
				digits++;
			}
			else if ((c == '.' || c == ',') && separators == 0 && digits > 0 && j < n - 1) {
				separators++;
			}
			else {
				return null;
			}
		}
		return digits == 0 ? null : new Score(new BigDecimal(text.replace(',', '.')), 5);
	}
}
