package dev.reviewbatch.sink.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** How the report writes numbers, ratings and dates: locale-free, so the same store gives the same text. */
final class Figures {

	private Figures() {
	}

	/** Half-stars as stars: 7 → {@code 3.5}; null → empty. */
	static String stars(Integer halfStars) {
		return halfStars == null ? "" : (halfStars / 2) + (halfStars % 2 == 0 ? ".0" : ".5");
	}

	/** A signed change in stars: 3 → {@code +1.5}, -2 → {@code -1.0}, 0 → {@code 0.0}. */
	static String change(int halfStars) {
		String stars = stars(Math.abs(halfStars));
		return halfStars > 0 ? "+" + stars : halfStars < 0 ? "-" + stars : stars;
	}

	/** The mean of half-star values, in stars with two decimals; empty when there are none. */
	static String meanStars(List<Integer> halfStars) {
		if (halfStars.isEmpty()) {
			return "";
		}
		long sum = halfStars.stream().mapToLong(Integer::longValue).sum();
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(halfStars.size() * 2L), 2, RoundingMode.HALF_UP)
			.toPlainString();
	}

	/** The median of half-star values, in stars with two decimals; empty when there are none. */
	static String medianStars(List<Integer> halfStars) {
		if (halfStars.isEmpty()) {
			return "";
		}
		List<Integer> sorted = halfStars.stream().sorted().toList();
		int n = sorted.size();
		long twiceMedian = n % 2 == 1 ? 2L * sorted.get(n / 2) : (long) sorted.get(n / 2 - 1) + sorted.get(n / 2);
		return BigDecimal.valueOf(twiceMedian).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP).toPlainString();
	}

	/** {@code part} of {@code whole} in percent with one decimal. */
	static String percent(long part, long whole) {
		if (whole == 0) {
			return "0.0";
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
			.toPlainString();
	}

	static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	static String text(Object value) {
		return Objects.toString(value, "");
	}
}
