package dev.reviewbatch.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A film as the user's data names it: a clean title and, where known, its release year.
 * <p>
 * Immutable. {@code year} is {@code null} when the source leaves it blank (unreleased or delisted films).
 * Films from different files are the same film when their {@link #key()}s are equal.
 */
public record Film(String title, Integer year) {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

	public Film {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("a film needs a title");
		}
		if (year != null && (year < 1870 || year > 2200)) {
			throw new IllegalArgumentException("implausible release year " + year);
		}
	}

	/**
	 * The matching key: the title folded (case, accents, punctuation and spacing ignored), a colon and the
	 * year, e.g. {@code the-matrix:1999}; {@code :unknown} when the year is blank.
	 */
	public String key() {
		String folded = Normalizer.normalize(title, Normalizer.Form.NFKD);
		folded = COMBINING_MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
		folded = NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("-");
		folded = trimDashes(folded);
		if (folded.isEmpty()) {
			folded = Integer.toHexString(title.hashCode());
		}
		return folded + ":" + (year == null ? "unknown" : year);
	}

	private static String trimDashes(String value) {
		int start = 0;
		int end = value.length();
		while (start < end && value.charAt(start) == '-') {
			start++;
		}
		while (end > start && value.charAt(end - 1) == '-') {
			end--;
		}
		return value.substring(start, end);
	}
}
