package dev.reviewbatch.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import dev.reviewbatch.domain.Film;

/**
 * Builds a {@link LocalDate} from numbers read out of text, or refuses with a reason a
 * person can act on. Years before 1870 or after 2200 are refused as placeholders
 * ({@code 0000-00-00}) or typos.
 * <p>
 * Stateless and thread-safe.
 */
final class CalendarDates {

	private CalendarDates() {
	}

	/**
	 * The date, or a {@link NormalizationException} naming {@code raw} and what is wrong.
	 */
	static LocalDate of(int year, int month, int day, String raw) {
		if (!TitleNormalizer.isPlausible(year)) {
			throw new NormalizationException(raw, "year " + year + " is not plausible (expected " + Film.YEARS.first()
					+ " to " + Film.YEARS.last() + ")");
		}
		if (month < 1 || month > 12) {
			throw new NormalizationException(raw, "month " + month + " does not exist");
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			throw new NormalizationException(raw, "day " + day + " does not exist in "
					+ Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year);
		}
	}

	/** The value of {@code text[from, to)} if it is all ASCII digits, else -1. */
	static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/**
	 * 1..12 for an English month name or abbreviation ({@code Jun}, {@code June},
	 * {@code Sept}), else -1.
	 */
	static int month(String name) {
		if (name.length() < 3) {
			return -1;
		}
		String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
		int index = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(key);
		return index < 0 || index % 3 != 0 ? -1 : index / 3 + 1;
	}

}
