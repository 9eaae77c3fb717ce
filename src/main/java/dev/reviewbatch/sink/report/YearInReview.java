package dev.reviewbatch.sink.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.reviewbatch.sink.report.ReportQueries.Day;
import dev.reviewbatch.sink.report.ReportQueries.SeenFilm;

/**
 * A year in review for every calendar year with a viewing, newest first: films and
 * viewings, the first and the last film, the busiest month, the highest-rated films,
 * rewatches, reviews written and the longest streak; and the year's days for its calendar
 * heatmap. Immutable.
 */
record YearInReview(List<Year> years) {

	static final int TOP_RATED = 5;

	/**
	 * One year; {@code first} and {@code last} are the same viewing when the year has
	 * only one.
	 */
	record Year(int year, long films, long viewings, long rewatches, long reviews, SeenFilm first, SeenFilm last,
			YearMonth busiestMonth, long busiestMonthViewings, Activity.Streak streak, String averageRating,
			List<SeenFilm> topRated, List<Day> days) {

		Year {
			topRated = List.copyOf(topRated);
			days = List.copyOf(days);
		}
	}

	YearInReview {
		years = List.copyOf(years);
	}

	static YearInReview of(ReportQueries q, List<Day> days, FilmViewingsFold.Folded folded) {
		Map<Integer, List<Day>> byYear = new TreeMap<>(Comparator.reverseOrder());
		days.forEach(d -> byYear.computeIfAbsent(d.date().getYear(), y -> new ArrayList<>()).add(d));
		if (byYear.isEmpty()) {
			return new YearInReview(List.of());
		}
		Map<Integer, Long> films = folded.filmsPerYear();
		Map<Integer, Long> reviews = q.reviewsPerYear();
		Map<Integer, List<SeenFilm>> top = folded.topRatedPerYear();
		List<Year> years = new ArrayList<>();
		byYear.forEach((year, yearDays) -> {
			Map<YearMonth, Long> months = new TreeMap<>();
			long viewings = 0;
			long rewatches = 0;
			long rated = 0;
			long sum = 0;
			for (Day d : yearDays) {
				months.merge(YearMonth.from(d.date()), d.viewings(), Long::sum);
				viewings += d.viewings();
				rewatches += d.rewatches();
				rated += d.rated();
				sum += d.halfStarSum();
			}
			YearMonth busiest = null;
			for (Map.Entry<YearMonth, Long> m : months.entrySet()) {
				if (busiest == null || m.getValue() > months.get(busiest)) {
					busiest = m.getKey();
				}
			}
			SeenFilm first = folded.firstPerYear().get(year);
			SeenFilm last = folded.lastPerYear().get(year);
			years.add(new Year(year, films.getOrDefault(year, 0L), viewings, rewatches, reviews.getOrDefault(year, 0L),
					first, last, busiest, months.get(busiest), Activity.longestStreak(yearDays),
					Figures.meanStars(sum, rated), top.getOrDefault(year, List.of()), yearDays));
		});
		return new YearInReview(years);
	}

	List<ReportTable> tables() {
		List<List<String>> rows = new ArrayList<>();
		List<List<String>> top = new ArrayList<>();
		for (Year y : years) {
			rows.add(List.of(Integer.toString(y.year()), Long.toString(y.films()), Long.toString(y.viewings()),
					Long.toString(y.rewatches()), Long.toString(y.reviews()), title(y.first()), date(y.first()),
					title(y.last()), date(y.last()), y.busiestMonth().toString(),
					Long.toString(y.busiestMonthViewings()), Integer.toString(y.streak().days()),
					Figures.date(y.streak().first()), Figures.date(y.streak().last()), y.averageRating()));
			for (SeenFilm f : y.topRated()) {
				top.add(List.of(Integer.toString(y.year()), Integer.toString(f.rank()), f.film().filmKey(),
						f.film().title(), f.film().yearText(), Figures.stars(f.halfStars()),
						Figures.date(f.watched())));
			}
		}
		return List.of(
				ReportTable.of("year_in_review", "Year in review",
						List.of("year", "films", "viewings", "rewatches", "reviews", "first_film", "first_date",
								"last_film", "last_date", "busiest_month", "busiest_month_viewings",
								"longest_streak_days", "streak_first_day", "streak_last_day", "average_rating"),
						rows),
				ReportTable.of("year_top_rated", "Highest-rated films of each year",
						List.of("year", "rank", "film_key", "title", "release_year", "rating", "first_watched"), top));
	}

	private static String title(SeenFilm film) {
		return film == null ? "" : film.film().label();
	}

	private static String date(SeenFilm film) {
		return film == null ? "" : Figures.date(film.watched());
	}

	/** The days of {@code year} with a viewing, by date. */
	static Map<LocalDate, Long> viewingsByDate(Year year) {
		Map<LocalDate, Long> byDate = new TreeMap<>();
		year.days().forEach(d -> byDate.put(d.date(), d.viewings()));
		return byDate;
	}
}
