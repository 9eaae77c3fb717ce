package dev.reviewbatch.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A film as the user's data names it: a clean title and, where known, its release year.
 * <p>
 * Immutable. {@code year} is {@code null} when the source leaves it blank (unreleased or
 * delisted films). Films from different files are the same film when their
 * {@link #key()}s are equal.
 */
public record Film(String title, Integer year) {

	/**
	 * The plausible release years, 1870 to 2200: every year a film, a date or a title may
	 * name.
	 */
	public static final Years YEARS = new Years(1870, 2200);

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

	public Film {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("a film needs a title");
		}
		if (year != null && !YEARS.contains(year)) {
			throw new IllegalArgumentException("implausible release year " + year);
		}
	}

	/**
	 * The matching key: the title folded (case, accents, punctuation and spacing
	 * ignored), a colon and the year, e.g. {@code the-matrix:1999}; {@code :unknown} when
	 * the year is blank.
	 */
	public String key() {
		String folded = isAscii(title) ? foldAscii(title) : foldUnicode(title);
		if (folded.isEmpty()) {
			folded = Integer.toHexString(title.hashCode());
		}
		return folded + ":" + (year == null ? "unknown" : year);
	}

	/**
	 * The general fold; {@link #foldAscii} gives the same result, faster, for ASCII
	 * titles.
	 */
	private static String foldUnicode(String title) {
		String folded = Normalizer.normalize(title, Normalizer.Form.NFKD);
		folded = COMBINING_MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
		folded = NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("-");
		return trimDashes(folded);
	}

	/**
	 * ASCII letters and digits lower-cased, every other run of characters one dash, no
	 * dash at either end.
	 */
	private static String foldAscii(String title) {
		StringBuilder folded = new StringBuilder(title.length());
		boolean dash = false;
		for (int i = 0; i < title.length(); i++) {
			char c = title.charAt(i);
			if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
				appendAfterDash(folded, dash, c);
				dash = false;
			}
			else if (c >= 'A' && c <= 'Z') {
				appendAfterDash(folded, dash, (char) (c + ('a' - 'A')));
				dash = false;
			}
			else {
				dash = true;
			}
		}
		return folded.toString();
	}

	private static void appendAfterDash(StringBuilder folded, boolean dash, char c) {
		if (dash && folded.length() > 0) {
			folded.append('-');
		}
		folded.append(c);
	}

	private static boolean isAscii(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
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

	/** A range of years, {@code first} to {@code last} inclusive. Immutable. */
	public record Years(int first, int last) {

		public Years {
			if (first > last) {
				throw new IllegalArgumentException("years " + first + " to " + last + " are no range");
			}
		}

		public boolean contains(int year) {
			return year >= first && year <= last;
		}

	}

}
