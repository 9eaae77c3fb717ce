package dev.reviewbatch.sink.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.reviewbatch.domain.StarRating;

/**
 * How the report writes numbers, ratings and dates: locale-free, so the same store gives
 * the same text.
 */
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

	/**
	 * The mean of half-star values, in stars with two decimals; empty when there are
	 * none.
	 */
	static String meanStars(List<Integer> halfStars) {
		if (halfStars.isEmpty()) {
			return "";
		}
		long sum = halfStars.stream().mapToLong(Integer::longValue).sum();
		return BigDecimal.valueOf(sum)
			.divide(BigDecimal.valueOf(halfStars.size() * 2L), 2, RoundingMode.HALF_UP)
			.toPlainString();
	}

	/**
	 * The mean of {@code count} half-star values summing to {@code sum}, in stars with
	 * two decimals; empty for none.
	 */
	static String meanStars(long sum, long count) {
		if (count == 0) {
			return "";
		}
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count * 2L), 2, RoundingMode.HALF_UP).toPlainString();
	}

	/**
	 * The median of a half-star histogram ({@code counts[h]} values of h half-stars), as
	 * {@link #medianStars}.
	 */
	static String medianStars(long[] counts) {
		long n = 0;
		for (long c : counts) {
			n += c;
		}
		if (n == 0) {
			return "";
		}
		long twiceMedian = n % 2 == 1 ? 2L * nth(counts, n / 2) : nth(counts, n / 2 - 1) + nth(counts, n / 2);
		return BigDecimal.valueOf(twiceMedian).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP).toPlainString();
	}

	/**
	 * The value at 0-based position {@code index} of the sorted values a histogram holds.
	 */
	private static long nth(long[] counts, long index) {
		long seen = 0;
		for (int value = 0; value < counts.length; value++) {
			seen += counts[value];
			if (index < seen) {
				return value;
			}
		}
		throw new IllegalArgumentException("index " + index + " beyond " + seen + " values");
	}

	/**
	 * The median of half-star values, in stars with two decimals; empty when there are
	 * none.
	 */
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
		return BigDecimal.valueOf(part * 100L)
			.divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
			.toPlainString();
	}

	/**
	 * A count for people: {@code 63408} → {@code 63,408} (always a comma, whatever the
	 * locale).
	 */
	static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	/** Half-stars as star glyphs: 7 → {@code ★★★½}; null → empty. */
	static String starGlyphs(Integer halfStars) {
		return halfStars == null ? "" : StarRating.glyphs(halfStars);
	}

	/**
	 * A half-star count as a chart label: 7 → {@code 3½}, 1 → {@code ½}, 8 → {@code 4}.
	 */
	static String halfStarLabel(int halfStars) {
		return halfStars % 2 == 0 ? Integer.toString(halfStars / 2)
				: (halfStars / 2 == 0 ? "" : halfStars / 2) + StarRating.HALF;
	}

	/**
	 * A mean of stars ({@code "3.75"}) as people read it: {@code 3.75★}; empty stays
	 * empty.
	 */
	static String starsValue(String stars) {
		return stars.isEmpty() ? "" : stars + StarRating.STAR;
	}

	/** A date for people: {@code 9 Jul 1994}; null → empty. */
	static String humanDate(LocalDate date) {
		return date == null ? ""
				: date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
	}

	/** A month's short English name, 1 → {@code Jan}. */
	static String month(int month) {
		return MONTHS.get(month - 1);
	}

	static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
			"Nov", "Dec");

	/** Days for people: 1 → {@code 1 day}, 12 → {@code 12 days}. */
	static String days(long days) {
		return count(days) + (days == 1 ? " day" : " days");
	}

	/** What kind of observation a rating event's origin is, in words. */
	static String origin(String origin) {
		return switch (origin) {
			case "diary" -> "diary entry";
			case "review" -> "review";
			case "ratings" -> "current rating";
			case "rss" -> "RSS feed";
			case "page" -> "saved page";
			case "article" -> "review article";
			default -> origin;
		};
	}

	static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	static String text(Object value) {
		return Objects.toString(value, "");
	}

}
