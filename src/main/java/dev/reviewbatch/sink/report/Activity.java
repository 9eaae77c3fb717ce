package dev.reviewbatch.sink.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Viewings per year, per month (every month from the first to the last, empty ones included) and per day of the
 * week, and the longest run of consecutive days with a viewing (the earliest on a tie). Days of the week come
 * from the calendar date as logged, never shifted by a time zone. Viewings without a watched date are left out.
 * Immutable.
 */
record Activity(Map<Integer, Long> perYear, Map<Integer, Long> rewatchesPerYear, Map<YearMonth, Long> perMonth,
		Map<DayOfWeek, Long> perDayOfWeek, Streak longestStreak) {

	/** A run of consecutive days; null dates and 0 days when there are no viewings. */
	record Streak(int days, LocalDate first, LocalDate last) {
	}

	Activity {
		perYear = Map.copyOf(perYear);
		rewatchesPerYear = Map.copyOf(rewatchesPerYear);
		perMonth = Map.copyOf(perMonth);
		perDayOfWeek = Map.copyOf(perDayOfWeek);
	}

	static Activity of(ReportRows rows) {
		Map<Integer, Long> perYear = new TreeMap<>();
		Map<Integer, Long> rewatches = new TreeMap<>();
		Map<YearMonth, Long> perMonth = new TreeMap<>();
		Map<DayOfWeek, Long> perDay = new TreeMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			perDay.put(day, 0L);
		}
		for (ReportRows.ViewingRow viewing : rows.viewings()) {
			LocalDate date = viewing.watched();
			if (date == null) {
				continue;
			}
			perYear.merge(date.getYear(), 1L, Long::sum);
			rewatches.merge(date.getYear(), viewing.rewatch() ? 1L : 0L, Long::sum);
			perMonth.merge(YearMonth.from(date), 1L, Long::sum);
			perDay.merge(date.getDayOfWeek(), 1L, Long::sum);
		}
		fillMonths(perMonth);
		return new Activity(perYear, rewatches, perMonth, perDay, longestStreak(rows));
	}

	private static void fillMonths(Map<YearMonth, Long> perMonth) {
		if (perMonth.isEmpty()) {
			return;
		}
		TreeMap<YearMonth, Long> sorted = new TreeMap<>(perMonth);
		for (YearMonth m = sorted.firstKey(); m.isBefore(sorted.lastKey()); m = m.plusMonths(1)) {
			perMonth.putIfAbsent(m, 0L);
		}
	}

	private static Streak longestStreak(ReportRows rows) {
		TreeSet<LocalDate> days = new TreeSet<>();
		rows.viewings().stream().map(ReportRows.ViewingRow::watched).filter(Objects::nonNull).forEach(days::add);
		Streak best = new Streak(0, null, null);
		LocalDate start = null;
		LocalDate previous = null;
		for (LocalDate day : days) {
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
		return new TreeSet<>(perMonth.keySet()).stream().toList();
	}

	List<ReportTable> tables() {
		List<List<String>> years = new ArrayList<>();
		new TreeMap<>(perYear).forEach((year, count) -> years
			.add(List.of(year.toString(), count.toString(), rewatchesPerYear.get(year).toString())));
		List<List<String>> months = new ArrayList<>(months().stream()
			.map(m -> List.of(m.toString(), perMonth.get(m).toString())).toList());
		java.util.Collections.reverse(months);
		List<List<String>> days = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			days.add(List.of(day.name().toLowerCase(), perDayOfWeek.get(day).toString()));
		}
		return List.of(
				ReportTable.of("activity_by_year", "Viewings per year", List.of("year", "viewings", "rewatches"),
						years),
				ReportTable.of("activity_by_month", "Viewings per month, newest first", List.of("month", "viewings"), months)
					.showing(24),
				ReportTable.of("activity_by_day_of_week", "Viewings per day of the week",
						List.of("day_of_week", "viewings"), days),
				ReportTable.of("longest_streak", "Longest streak of consecutive days",
						List.of("days", "first_day", "last_day"),
						List.of(List.of(Integer.toString(longestStreak.days()), Figures.date(longestStreak.first()),
								Figures.date(longestStreak.last())))));
	}
}
