package dev.reviewbatch.sink.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.reviewbatch.sink.report.ReportQueries.Difference;

/**
 * How ratings move apart over time: films whose latest rated diary viewing differs from the current rating (all of
 * them streamed into {@code data/diary_vs_current.csv}, the biggest differences kept), and the average viewing
 * rating per year watched. Per account. Immutable.
 */
record RatingDrift(long differences, List<Difference> biggest, Map<Integer, long[]> ratingsPerYear,
		List<ReportTable> tables) {

	static final int SHOWN = 10;

	RatingDrift {
		biggest = List.copyOf(biggest);
		ratingsPerYear = java.util.Collections.unmodifiableMap(new TreeMap<>(ratingsPerYear));
		tables = List.copyOf(tables);
	}

	static RatingDrift of(ReportQueries q, List<ReportQueries.Day> days, Path data) {
		TopN<Difference> biggest = new TopN<>(SHOWN, Comparator.comparing((Difference d) -> -Math.abs(d.delta()))
			.thenComparing(d -> d.film().filmKey()).thenComparing(Difference::account));
		ReportFiles.CsvStream csv = ReportFiles.CsvStream.open(data, "diary_vs_current", List.of("film_key", "title",
				"year", "account", "diary_rating", "diary_date", "current_rating", "rated_date", "difference"));
		try (csv) {
			q.diaryVsCurrent(d -> {
				csv.row(row(d));
				biggest.offer(d);
			});
		}
		Map<Integer, long[]> perYear = new TreeMap<>();
		for (ReportQueries.Day day : days) {
			if (day.rated() > 0) {
				long[] sum = perYear.computeIfAbsent(day.date().getYear(), y -> new long[2]);
				sum[0] += day.rated();
				sum[1] += day.halfStarSum();
			}
		}
		List<List<String>> years = new ArrayList<>();
		perYear.forEach((year, sum) -> years.add(List.of(year.toString(), Long.toString(sum[0]),
				Figures.meanStars(sum[1], sum[0]))));
		List<Difference> shown = biggest.best();
		return new RatingDrift(csv.rows(), shown, perYear, List.of(
				ReportTable.streamed(csv, "Latest diary rating vs current rating (biggest differences)",
						shown.stream().map(RatingDrift::row).toList()),
				ReportTable.of("rating_by_year_watched", "Average rating per year watched",
						List.of("year", "rated_viewings", "average_rating"), years)));
	}

	/** The average viewing rating of a year watched, in stars (0 when none is rated). */
	double average(int year) {
		long[] sum = ratingsPerYear.get(year);
		return sum == null || sum[0] == 0 ? 0 : sum[1] / (2.0 * sum[0]);
	}

	private static List<String> row(Difference d) {
		return List.of(d.film().filmKey(), d.film().title(), d.film().yearText(), d.account(),
				Figures.stars(d.diaryRating()), Figures.date(d.diaryDate()), Figures.stars(d.currentRating()),
				Figures.date(d.ratedDate()), Figures.change(d.delta()));
	}
}
