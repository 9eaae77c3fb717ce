package dev.reviewbatch.source.csvformats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * What Letterboxd's importer accepts in one cell; each rule returns why a non-blank value
 * is wrong, or {@code null} when it is fine. Stateless.
 */
final class ImportCellRules {

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private static final BigDecimal FIVE = BigDecimal.valueOf(5);

	private ImportCellRules() {
	}

	static String rating(String value) {
		BigDecimal stars = number(value);
		if (stars == null) {
			return "not a number";
		}
		if (stars.compareTo(HALF) < 0) {
			return "below half a star";
		}
		if (stars.compareTo(FIVE) > 0) {
			return "above 5 stars";
		}
		return stars.remainder(HALF).signum() == 0 ? null : "not in half-star steps";
	}

	static String rating10(String value) {
		try {
			TenPointScale.toStars(value);
			return null;
		}
		catch (IllegalArgumentException ex) {
			return ex.getMessage();
		}
	}

	static String date(String value) {
		if (!ISO_DATE.matcher(value).matches()) {
			return "not an ISO date (YYYY-MM-DD)";
		}
		try {
			LocalDate.parse(value, STRICT_DATE);
			return null;
		}
		catch (DateTimeParseException ex) {
			return "no such date";
		}
	}

	static String rewatch(String value) {
		return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") || value.equalsIgnoreCase("yes")
				|| value.equalsIgnoreCase("no") ? null : "expected true or false";
	}

	static String year(String value) {
		return value.matches("\\d{4}") ? null : "not a four-digit year";
	}

	private static BigDecimal number(String value) {
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
