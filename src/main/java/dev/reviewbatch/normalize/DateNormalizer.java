package dev.reviewbatch.normalize;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date notations → a calendar date. Accepted, in this order:
 * <ol>
 * <li>{@code 2025-06-06} (also the hot path {@link #parseIso(String)} for Letterboxd CSV
 * columns);</li>
 * <li>digits only: {@code 20250606}, or epoch seconds / milliseconds taken as a UTC date
 * ({@code 1717632000});</li>
 * <li>year first: {@code 2025-6-6}, {@code 2025/06/06}, and date-times
 * {@code 2025-06-06T23:30:00-07:00}, {@code 2025-06-06 20:15:00}: a date-time keeps its
 * OWN local date, it is never shifted through UTC;</li>
 * <li>{@code 13/06/2025}, {@code 06/13/2025}: unambiguous by the number above 12; an
 * ambiguous {@code 01/02/2025} is month-first unless {@code dayFirst};</li>
 * <li>English month names anywhere in the text: {@code June 6, 2025},
 * {@code 6 June 2025}, {@code 06 Jun 2025}, RFC-1123
 * {@code Tue, 23 Dec 2025 10:42:16 +1300},
 * {@code Watched on Saturday August 1, 2026.};</li>
 * <li>an ISO date anywhere in the text.</li>
 * </ol>
 * Blank → null (no value, not an error). Anything else, an impossible day
 * ({@code 2025-02-30}), a year outside 1870..2200 or a relative word ({@code yesterday})
 * → {@link NormalizationException} with the reason.
 * <p>
 * Stateless and thread-safe.
 */
public final class DateNormalizer {

	private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
			+ "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

	private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})"
			+ "(?:(?:T|\\s+)\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");

	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
			"\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern ISO_IN_TEXT = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

	private DateNormalizer() {
	}

	/** Same as {@code parse(raw, false)}: ambiguous {@code 01/02/2025} is January 2. */
	public static LocalDate parse(String raw) {
		return parse(raw, false);
	}

	/**
	 * @param dayFirst read an ambiguous {@code 01/02/2025} as 1 February
	 * @return the date, or null when {@code raw} is blank
	 * @throws NormalizationException when no valid date can be read
	 */
	public static LocalDate parse(String raw, boolean dayFirst) {
		if (TextCleaning.isBlank(raw)) {
			return null;
		}
		String text = TextCleaning.squish(raw);
		if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
			return iso(text, raw);
		}
		if (isAllDigits(text)) {
			return fromDigits(text, raw);
		}
		Matcher m = YEAR_FIRST.matcher(text);
		if (m.matches()) {
			return CalendarDates.of(parseInt(m.group(1)), parseInt(m.group(3)), parseInt(m.group(4)), raw);
		}
		m = YEAR_LAST.matcher(text);
		if (m.matches()) {
			return dayMonthOrMonthDay(parseInt(m.group(1)), parseInt(m.group(3)), parseInt(m.group(4)), dayFirst, raw);
		}
		return inText(text, raw);
	}

	/**
	 * The hot path for Letterboxd CSV dates: strict {@code YYYY-MM-DD}, surrounding
	 * whitespace tolerated.
	 * @return the date, or null when {@code raw} is blank
	 * @throws NormalizationException for any other form or an impossible date
	 */
	public static LocalDate parseIso(String raw) {
		if (raw == null || raw.isEmpty()) {
			return null;
		}
		String text = raw;
		if (text.length() != 10) {
			if (TextCleaning.isBlank(text)) {
				return null;
			}
			text = TextCleaning.trim(text);
		}
		return iso(text, raw);
	}

	private static LocalDate iso(String text, String raw) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			throw new NormalizationException(raw, "expected a date as YYYY-MM-DD");
		}
		int year = CalendarDates.digits(text, 0, 4);
		int month = CalendarDates.digits(text, 5, 7);
		int day = CalendarDates.digits(text, 8, 10);
		if (year < 0 || month < 0 || day < 0) {
			throw new NormalizationException(raw, "expected a date as YYYY-MM-DD");
		}
		return CalendarDates.of(year, month, day, raw);
	}

	private static LocalDate fromDigits(String text, String raw) {
		int length = text.length();
		if (length == 8) {
			return CalendarDates.of(CalendarDates.digits(text, 0, 4), CalendarDates.digits(text, 4, 6),
					CalendarDates.digits(text, 6, 8), raw);
		}
		if (length >= 9 && length <= 10 || length >= 12 && length <= 13) {
			long value = Long.parseLong(text);
			Instant instant = length <= 10 ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
			LocalDate date = LocalDate.ofInstant(instant, ZoneOffset.UTC);
			return CalendarDates.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), raw);
		}
		throw new NormalizationException(raw, "a number that is neither YYYYMMDD nor epoch seconds");
	}

	private static LocalDate dayMonthOrMonthDay(int first, int second, int year, boolean dayFirst, String raw) {
		boolean firstIsDay = first > 12 || (second <= 12 && dayFirst);
		return firstIsDay ? CalendarDates.of(year, second, first, raw) : CalendarDates.of(year, first, second, raw);
	}

	/** The earliest month-name or ISO date inside free text. */
	private static LocalDate inText(String text, String raw) {
		Matcher monthFirst = MONTH_DAY_YEAR.matcher(text);
		Matcher dayFirst = DAY_MONTH_YEAR.matcher(text);
		Matcher iso = ISO_IN_TEXT.matcher(text);
		int a = monthFirst.find() ? monthFirst.start() : Integer.MAX_VALUE;
		int b = dayFirst.find() ? dayFirst.start() : Integer.MAX_VALUE;
		int c = iso.find() ? iso.start() : Integer.MAX_VALUE;
		if (a < b && a < c) {
			return CalendarDates.of(parseInt(monthFirst.group(3)), CalendarDates.month(monthFirst.group(1)),
					parseInt(monthFirst.group(2)), raw);
		}
		if (b < c) {
			return CalendarDates.of(parseInt(dayFirst.group(3)), CalendarDates.month(dayFirst.group(2)),
					parseInt(dayFirst.group(1)), raw);
		}
		if (c < Integer.MAX_VALUE) {
			return CalendarDates.of(parseInt(iso.group(1)), parseInt(iso.group(2)), parseInt(iso.group(3)), raw);
		}
		throw new NormalizationException(raw,
				"no date found (expected e.g. 2025-06-06, June 6, 2025, 6 June 2025 or 06/06/2025)");
	}

	private static boolean isAllDigits(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private static int parseInt(String digits) {
		return Integer.parseInt(digits);
	}

}
