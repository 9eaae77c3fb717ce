package dev.reviewbatch.source.csvformats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of day and month in one CSV file's date column, decided once for the whole
 * file from its values, for files a spreadsheet re-saved with {@code M/D/YYYY} (US) or
 * {@code D/M/YYYY} dates instead of ISO ones.
 * <p>
 * The rule. Each non-blank value is one of: ISO ({@code 2020-04-03}, needs no order); a
 * spreadsheet date {@code A/B/YYYY} (separator {@code /}, {@code .} or {@code -}, one or
 * two digits each); anything else (left to the row's own check). A spreadsheet date votes
 * <b>day first</b> when {@code A > 12 ≥ B} ({@code 13/4/2020}), <b>month first</b> when
 * {@code B > 12 ≥ A} ({@code 4/13/2020}); it is <b>ambiguous</b> when both are ≤ 12 and
 * differ ({@code 3/4/2020}); when {@code A = B} it reads the same either way. Then:
 * <ul>
 * <li>votes one way only: that order, for every date of the file (one day above 12
 * settles it);</li>
 * <li>votes both ways: the file mixes orders; refused, naming one date of each;</li>
 * <li>no votes and an ambiguous date: the order cannot be settled; refused, naming that
 * date;</li>
 * <li>no votes and nothing ambiguous (ISO dates, {@code 5/5/2020}): nothing to
 * decide.</li>
 * </ul>
 * A refusal is one reason for the whole file, never a reject per row: rows read with a
 * guessed order would be silently wrong. A date that is impossible in the decided order
 * ({@code 31/2/2020}, {@code 13/13/2020}) is left as written by {@link #toIso}, and
 * {@link #problem} says why, for the reader to reject that row alone.
 * <p>
 * The scan reads the file's every record with its own reader before the reading pass
 * begins, so a restarted run, which skips the rows its ledger says are committed
 * ({@code RunLedger.consumed}), decides exactly as the first run did: the decision never
 * depends on where reading starts. Immutable once made.
 */
final class SpreadsheetDates {

	/**
	 * {@code A/B/YYYY}, {@code A.B.YYYY}, {@code A-B-YYYY}; an optional time after it, as
	 * spreadsheets add.
	 */
	static final Pattern SPREADSHEET_DATE = Pattern
		.compile("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?)?$");

	enum Order {

		/** No value needs an order: ISO dates, or day equal to month. */
		NONE,
		/** {@code M/D/YYYY}. */
		MONTH_FIRST,
		/** {@code D/M/YYYY}. */
		DAY_FIRST

	}

	private final Order order;

	private final String refusal;

	private SpreadsheetDates(Order order, String refusal) {
		this.order = order;
		this.refusal = refusal;
	}

	/**
	 * Scans {@code column} of {@code file}. A file that cannot be read, or whose CSV
	 * breaks off, is decided on the values before the break; the reading pass reports the
	 * break itself.
	 */
	static SpreadsheetDates scan(Path file, String column) {
		Scan scan = new Scan(column);
		try (CsvRecords records = CsvRecords.open(file)) {
			for (CsvRecords.Line line = records.next(); line != null; line = records.next()) {
				scan.add(records.get(line.record(), column), line.number());
			}
		}
		catch (IOException | UncheckedIOException ex) {
			// decided on what was read; the reading pass names the error with its line
		}
		return scan.decide();
	}

	/**
	 * Decides from values alone (line numbers count from 2, as after a header); for tests
	 * and small inputs.
	 */
	static SpreadsheetDates of(String column, Iterable<String> values) {
		Scan scan = new Scan(column);
		long line = 2;
		for (String value : values) {
			scan.add(value, line++);
		}
		return scan.decide();
	}

	Order order() {
		return order;
	}

	/** Why the file's dates cannot be read, or null when they can. */
	String refusal() {
		return refusal;
	}

	/**
	 * The value as an ISO date in the file's order; an ISO, blank, impossible or other
	 * value is returned as written for the row's own check.
	 */
	String toIso(String value) {
		if (value == null || refusal != null) {
			return value;
		}
		Matcher matcher = SPREADSHEET_DATE.matcher(value.strip());
		if (!matcher.matches()) {
			return value;
		}
		int first = Integer.parseInt(matcher.group(1));
		int second = Integer.parseInt(matcher.group(3));
		int year = Integer.parseInt(matcher.group(4));
		boolean dayFirst = order == Order.DAY_FIRST;
		try {
			return LocalDate.of(year, dayFirst ? second : first, dayFirst ? first : second).toString();
		}
		catch (DateTimeException ex) {
			return value;
		}
	}

	/**
	 * Why a spreadsheet date cannot be read in the file's order
	 * ({@code "2/30/2022": no such date, read month
	 * first as the file's other dates}), or null for any other value (read, or left to
	 * the row's own check).
	 */
	String problem(String value) {
		if (value == null || refusal != null || !SPREADSHEET_DATE.matcher(value.strip()).matches()
				|| !toIso(value).equals(value)) {
			return null;
		}
		return "\"" + value.strip() + "\": no such date, read " + (order == Order.DAY_FIRST ? "day" : "month")
				+ " first as the file's other dates";
	}

	/** The votes of one file's values. */
	private static final class Scan {

		private final String column;

		private String dayFirstExample;

		private String monthFirstExample;

		private String ambiguousExample;

		Scan(String column) {
			this.column = column;
		}

		void add(String value, long line) {
			Matcher matcher = value == null ? null : SPREADSHEET_DATE.matcher(value.strip());
			if (matcher == null || !matcher.matches()) {
				return;
			}
			int first = Integer.parseInt(matcher.group(1));
			int second = Integer.parseInt(matcher.group(3));
			String example = "\"" + value.strip() + "\" (line " + line + ")";
			if (first > 12 && second <= 12) {
				dayFirstExample = dayFirstExample == null ? example : dayFirstExample;
			}
			else if (second > 12 && first <= 12) {
				monthFirstExample = monthFirstExample == null ? example : monthFirstExample;
			}
			else if (first <= 12 && second <= 12 && first != second) {
				ambiguousExample = ambiguousExample == null ? example : ambiguousExample;
			}
		}

		SpreadsheetDates decide() {
			if (dayFirstExample != null && monthFirstExample != null) {
				return new SpreadsheetDates(Order.NONE,
						column + " mixes day-first dates, e.g. " + dayFirstExample + ", and month-first dates, e.g. "
								+ monthFirstExample
								+ ": the file cannot be read one way; re-save its dates as YYYY-MM-DD");
			}
			if (dayFirstExample != null) {
				return new SpreadsheetDates(Order.DAY_FIRST, null);
			}
			if (monthFirstExample != null) {
				return new SpreadsheetDates(Order.MONTH_FIRST, null);
			}
			if (ambiguousExample != null) {
				return new SpreadsheetDates(Order.NONE, column + " dates such as " + ambiguousExample
						+ " read as day/month or month/day, and no date in the file has a day above 12 to tell which;"
						+ " re-save its dates as YYYY-MM-DD");
			}
			return new SpreadsheetDates(Order.NONE, null);
		}

	}

}
