package dev.reviewbatch.sink.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How ratings move apart over time: films whose latest rated diary viewing differs from
 * the current rating (all of them streamed into {@code data/diary_vs_current.csv} by
 * {@link FilmViewingsFold}, the biggest differences kept), and the average viewing rating
 * per year watched. Per account. Immutable.
 */
record RatingDrift(long differences, List<Difference> biggest, Map<Integer, long[]> ratingsPerYear,
		List<ReportTable> tables) {

	static final int SHOWN = 10;

	RatingDrift {
		biggest = List.copyOf(biggest);
		ratingsPerYear = java.util.Collections.unmodifiableMap(new TreeMap<>(ratingsPerYear));
		tables = List.copyOf(tables);
	}

	/** A film whose latest rated viewing differs from its current rating. */
	record Difference(FilmRef film, String account, int diaryRating, java.time.LocalDate diaryDate, int currentRating,
			java.time.LocalDate ratedDate) {

		int delta() {
			return currentRating - diaryRating;
		}
	}

	static RatingDrift of(FilmViewingsFold.Folded folded, List<ReportQueries.Day> days) {
		Map<Integer, long[]> perYear = new TreeMap<>();
		for (ReportQueries.Day day : days) {
			if (day.rated() > 0) {
				long[] sum = perYear.computeIfAbsent(day.date().getYear(), y -> new long[2]);
				sum[0] += day.rated();
				sum[1] += day.halfStarSum();
			}
		}
		List<List<String>> years = new ArrayList<>();
		perYear.forEach((year, sum) -> years
			.add(List.of(year.toString(), Long.toString(sum[0]), Figures.meanStars(sum[1], sum[0]))));
		List<Difference> shown = folded.differences();
		return new RatingDrift(folded.differenceCount(), shown, perYear,
				List.of(ReportTable.streamed(folded.differencesCsv(),
						"Latest diary rating vs current rating (biggest differences)",
						shown.stream().map(FilmViewingsFold::row).toList()),
						ReportTable.of("rating_by_year_watched", "Average rating per year watched",
								List.of("year", "rated_viewings", "average_rating"), years)));
	}

	/** The average viewing rating of a year watched, in stars (0 when none is rated). */
	double average(int year) {
		long[] sum = ratingsPerYear.get(year);
		return sum == null || sum[0] == 0 ? 0 : sum[1] / (2.0 * sum[0]);
	}

}
