package dev.reviewbatch.source.csvformats;

import java.math.BigDecimal;

import dev.reviewbatch.domain.StarRating;

/**
 * Ratings out of ten ({@code Rating10}, IMDb's {@code Your Rating}) → Letterboxd stars as
 * the normalizer reads them: {@code 8} → {@code "4.0"}, {@code 7} → {@code "3.5"},
 * {@code 1} → {@code "0.5"}. Stateless.
 */
final class TenPointScale {

	private TenPointScale() {
	}

	/**
	 * @return the rating in stars ({@code 0.5} … {@code 5.0})
	 * @throws IllegalArgumentException saying why, when {@code raw} is not a whole number
	 * from 1 to 10
	 */
	static String toStars(String raw) {
		BigDecimal value;
		try {
			value = new BigDecimal(raw.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("not a number");
		}
		if (value.stripTrailingZeros().scale() > 0) {
			throw new IllegalArgumentException("not a whole number");
		}
		if (value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(BigDecimal.TEN) > 0) {
			throw new IllegalArgumentException("outside 1–10");
		}
		return StarRating.ofHalfStars(value.intValueExact()).stars();
	}

}
