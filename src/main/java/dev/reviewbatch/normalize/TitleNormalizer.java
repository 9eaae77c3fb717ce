package dev.reviewbatch.normalize;

import java.util.regex.Pattern;

import dev.reviewbatch.domain.Film;

/**
 * Film titles and release years as sources write them → clean values.
 * <ul>
 * <li>{@link #parse(String)}: a title that may carry its year, {@code Matrix, The (1999)}
 * → {@code Film("The Matrix",
 * 1999)}.</li>
 * <li>{@link #clean(String)}: a title that comes with a separate year column (Letterboxd
 * {@code Name}).</li>
 * <li>{@link #year(String)}: such a year column.</li>
 * </ul>
 * Cleaning: HTML entities decoded, whitespace (NBSP included) collapsed, NFC, quotes that
 * wrap the whole title or dangle at one edge removed (inner quotes and a leading
 * {@code 'Salem's} apostrophe stay), a trailing article moved to the front. Case and
 * inner punctuation ({@code ½ · … – ’}) are kept.
 * <p>
 * Errors: a blank title or a malformed year throws {@link NormalizationException} naming
 * the value and the reason. Stateless and thread-safe.
 */
public final class TitleNormalizer {

	private static final Pattern SPREADSHEET_YEAR = Pattern.compile("\\d{4}\\.0+");

	private TitleNormalizer() {
	}

	/**
	 * A title with an optional trailing {@code (YYYY)} year (also IMDb's
	 * {@code (2025/I)}); IMDb disambiguators such as {@code (I)} or {@code (II)} are
	 * dropped. A parenthesised number outside 1870..2200 stays part of the title.
	 * @return the film, with a null year when the title carries none
	 * @throws NormalizationException when the title is blank
	 */
	public static Film parse(String raw) {
		String title = TitleQuotes.strip(prepare(raw));
		Integer year = null;
		ParenSuffix suffix;
		while ((suffix = ParenSuffix.of(title)) != null) {
			if (suffix.isYear() && year == null) {
				year = suffix.year();
			}
			else if (!suffix.isDisambiguator()) {
				break;
			}
			title = suffix.before();
		}
		String clean = finish(title, raw);
		return new Film(clean, year);
	}

	/**
	 * A title without year extraction: {@code Blade Runner 2049 (2017)} stays as it is.
	 * @throws NormalizationException when the title is blank
	 */
	public static String clean(String raw) {
		return finish(prepare(raw), raw);
	}

	/**
	 * A year column: blank → null, {@code 2023} → 2023.
	 * @throws NormalizationException for anything but four digits from 1870 to 2200 (e.g.
	 * pandas' {@code 2023.0})
	 */
	public static Integer year(String raw) {
		if (TextCleaning.isBlank(raw)) {
			return null;
		}
		String value = TextCleaning.trim(raw);
		int year = fourDigits(value);
		if (year < 0) {
			throw new NormalizationException(raw, SPREADSHEET_YEAR.matcher(value).matches()
					? "a spreadsheet number, not a year (re-export without the .0)" : "a year must be four digits");
		}
		if (!isPlausible(year)) {
			throw new NormalizationException(raw,
					"implausible release year (expected " + Film.YEARS.first() + " to " + Film.YEARS.last() + ")");
		}
		return year;
	}

	static boolean isPlausible(int year) {
		return Film.YEARS.contains(year);
	}

	/** The value of four ASCII digits, or -1. */
	static int fourDigits(String text) {
		if (text.length() != 4) {
			return -1;
		}
		int value = 0;
		for (int i = 0; i < 4; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static String prepare(String raw) {
		if (TextCleaning.isBlank(raw)) {
			throw new NormalizationException(raw, "a film needs a title");
		}
		return TextCleaning.oneLine(raw);
	}

	private static String finish(String title, String raw) {
		String clean = TitleArticles.moveToFront(TitleQuotes.strip(title));
		if (clean.isBlank()) {
			throw new NormalizationException(raw, "a film needs a title (only quotes or a year found)");
		}
		return clean;
	}

	/**
	 * A trailing parenthesised group such as {@code (2025)}, {@code (I)} or
	 * {@code (2025/II)}, and the text before.
	 */
	private record ParenSuffix(String before, String inner) {

		static ParenSuffix of(String title) {
			int n = title.length();
			if (n < 4 || title.charAt(n - 1) != ')') {
				return null;
			}
			int open = title.lastIndexOf('(');
			String before = open < 0 ? "" : title.substring(0, open).strip();
			return before.isEmpty() ? null : new ParenSuffix(before, title.substring(open + 1, n - 1));
		}

		boolean isYear() {
			int year = fourDigits(yearPart());
			return year >= 0 && isPlausible(year)
					&& (yearPart().length() == inner.length() || isRoman(inner.substring(5)) && inner.charAt(4) == '/');
		}

		int year() {
			return fourDigits(yearPart());
		}

		boolean isDisambiguator() {
			return isRoman(inner);
		}

		private String yearPart() {
			return inner.length() >= 4 ? inner.substring(0, 4) : inner;
		}

		private static boolean isRoman(String text) {
			if (text.isEmpty() || text.length() > 5) {
				return false;
			}
			for (int i = 0; i < text.length(); i++) {
				if ("IVXL".indexOf(text.charAt(i)) < 0) {
					return false;
				}
			}
			return true;
		}
	}

}
