package dev.reviewbatch.sink.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The current ratings (one per account and film) as a half-star histogram from 0.5 to 5,
 * every bucket present even when empty, with the mean and median in stars, and the
 * highest-rated films. Immutable.
 */
record RatingDistribution(List<Long> counts, String mean, String median, long rated,
		List<ReportQueries.RatedFilm> highest) {

	static final int HIGHEST = 24;

	RatingDistribution {
		counts = List.copyOf(counts);
		highest = List.copyOf(highest);
	}

	static RatingDistribution of(ReportQueries q) {
		long[] histogram = q.ratingHistogram();
		List<Long> buckets = new ArrayList<>();
		long rated = 0;
		long sum = 0;
		for (int halfStars = 1; halfStars <= 10; halfStars++) {
			buckets.add(histogram[halfStars]);
			rated += histogram[halfStars];
			sum += histogram[halfStars] * halfStars;
		}
		return new RatingDistribution(buckets, Figures.meanStars(sum, rated), Figures.medianStars(histogram), rated,
				rated == 0 ? List.of() : q.highestRated(HIGHEST));
	}

	/** Ratings of {@code halfStars} (1..10). */
	long count(int halfStars) {
		return counts.get(halfStars - 1);
	}

	List<ReportTable> tables() {
		List<List<String>> buckets = new ArrayList<>();
		for (int halfStars = 1; halfStars <= 10; halfStars++) {
			buckets.add(List.of(Figures.stars(halfStars), Long.toString(count(halfStars)),
					Figures.percent(count(halfStars), rated)));
		}
		return List.of(
				ReportTable.of("rating_distribution", "Current ratings by half-star",
						List.of("rating", "films", "percent"), buckets),
				ReportTable.of("rating_summary", "Mean and median", List.of("figure", "value"),
						List.of(List.of("rated_films", Long.toString(rated)), List.of("mean_rating", mean),
								List.of("median_rating", median))),
				ReportTable.of("highest_rated", "Highest-rated films",
						List.of("film_key", "title", "year", "account", "rating", "rated_date"),
						highest.stream()
							.map(r -> List.of(r.film().filmKey(), r.film().title(), r.film().yearText(), r.account(),
									Figures.stars(r.halfStars()), Figures.date(r.date())))
							.toList()));
	}
}
