package dev.reviewbatch.sink.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Viewings per year, per month (every month from the first to the last, empty ones
 * included) and per day of the week, and the longest run of consecutive days with a
 * viewing (the earliest on a tie), all from the store's per-day counts. Days of the week
 * come from the calendar date as logged, never shifted by a time zone. Viewings without a
 * watched date are left out. Immutable.
 */
record Activity(List<ReportQueries.Day> days, Map<Integer, Long> perYear, Map<Integer, Long> rewatchesPerYear,
		Map<YearMonth, Long> perMonth, Map<DayOfWeek, Long> perDayOfWeek, Streak longestStreak) {

	/** A run of consecutive days; null dates and 0 days when there are no viewings. */
	record Streak(int days, LocalDate first, LocalDate last) {
	}

	Activity {
		days = List.copyOf(days);
		perYear = Collections.unmodifiableMap(new TreeMap<>(perYear));
		rewatchesPerYear = Collections.unmodifiableMap(new TreeMap<>(rewatchesPerYear));
		perMonth = Collections.unmodifiableMap(new TreeMap<>(perMonth));
		perDayOfWeek = Collections.unmodifiableMap(new TreeMap<>(perDayOfWeek));
	}

	static Activity of(List<ReportQueries.Day> days) {
		Map<Integer, Long> perYear = new TreeMap<>();
		Map<Integer, Long> rewatches = new TreeMap<>();
		Map<YearMonth, Long> perMonth = new TreeMap<>();
		Map<DayOfWeek, Long> perDay = new TreeMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			perDay.put(day, 0L);
		}
		for (ReportQueries.Day day : days) {
			LocalDate date = day.date();
			perYear.merge(date.getYear(), day.viewings(), Long::sum);
			rewatches.merge(date.getYear(), day.rewatches(), Long::sum);
			perMonth.merge(YearMonth.from(date), day.viewings(), Long::sum);
			perDay.merge(date.getDayOfWeek(), day.viewings(), Long::sum);
		}
		if (!perMonth.isEmpty()) {
			TreeMap<YearMonth, Long> sorted = new TreeMap<>(perMonth);
			for (YearMonth m = sorted.firstKey(); m.isBefore(sorted.lastKey()); m = m.plusMonths(1)) {
				perMonth.putIfAbsent(m, 0L);
			}
		}
		return new Activity(days, perYear, rewatches, perMonth, perDay, longestStreak(days));
	}

	/**
	 * The longest run of consecutive days among {@code days} (in date order), the
	 * earliest on a tie.
	 */
	static Streak longestStreak(List<ReportQueries.Day> days) {
		Streak best = new Streak(0, null, null);
		LocalDate start = null;
		LocalDate previous = null;
		for (ReportQueries.Day d : days) {
			LocalDate day = d.date();
			if (previous == null || !day.equals(previous.plusDays(1))) {
				start = day;
			}
			int length = (int) (day.toEpochDay() - start.toEpochDay()) + 1;
			if (length > best.days()) {
				best = new Streak(length, start, day);
			}
			previous = day;
		}
		return best;
	}

	/** Year-months in order. */
	List<YearMonth> months() {
		return List.copyOf(perMonth.keySet());
	}

	/** Every year from the first to the last with a viewing, empty years included. */
	List<Integer> years() {
		if (perYear.isEmpty()) {
			return List.of();
		}
		List<Integer> years = new ArrayList<>();
		int first = ((TreeMap<Integer, Long>) new TreeMap<>(perYear)).firstKey();
		int last = ((TreeMap<Integer, Long>) new TreeMap<>(perYear)).lastKey();
		for (int y = first; y <= last; y++) {
			years.add(y);
		}
		return years;
	}

	List<ReportTable> tables() {
		List<List<String>> years = new ArrayList<>();
		perYear.forEach((year, count) -> years
			.add(List.of(year.toString(), count.toString(), rewatchesPerYear.get(year).toString())));
		List<List<String>> months = new ArrayList<>(
				months().stream().map(m -> List.of(m.toString(), perMonth.get(m).toString())).toList());
		Collections.reverse(months);
		List<List<String>> weekdays = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			weekdays.add(List.of(day.name().toLowerCase(), perDayOfWeek.get(day).toString()));
		}
		return List.of(
				ReportTable.of("activity_by_year", "Viewings per year", List.of("year", "viewings", "rewatches"),
						years),
				ReportTable
					.of("activity_by_month", "Viewings per month, newest first", List.of("month", "viewings"), months)
					.showing(24),
				ReportTable.of("activity_by_day_of_week", "Viewings per day of the week",
						List.of("day_of_week", "viewings"), weekdays),
				ReportTable.of("longest_streak", "Longest streak of consecutive days",
						List.of("days", "first_day", "last_day"),
						List.of(List.of(Integer.toString(longestStreak.days()), Figures.date(longestStreak.first()),
								Figures.date(longestStreak.last())))),
				ReportTable.of("viewings_by_day", "Viewings per day", List.of("date", "viewings", "rewatches"), days
					.stream()
					.map(d -> List.of(d.date().toString(), Long.toString(d.viewings()), Long.toString(d.rewatches())))
					.toList()));
	}
}
