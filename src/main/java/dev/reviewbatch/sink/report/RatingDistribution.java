package dev.reviewbatch.sink.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The current ratings (one per account and film) as a half-star histogram from 0.5 to 5, every bucket present
 * even when empty, with the mean and median in stars. Immutable.
 */
record RatingDistribution(List<Long> counts, String mean, String median, long rated) {

	RatingDistribution {
		counts = List.copyOf(counts);
	}

	static RatingDistribution of(ReportRows rows) {
		long[] counts = new long[11];
		List<Integer> values = new ArrayList<>();
		for (ReportRows.RatedFilm rating : rows.currentRatings()) {
			counts[rating.halfStars()]++;
			values.add(rating.halfStars());
		}
		List<Long> buckets = new ArrayList<>();
		for (int halfStars = 1; halfStars <= 10; halfStars++) {
			buckets.add(counts[halfStars]);
		}
		return new RatingDistribution(buckets, Figures.meanStars(values), Figures.medianStars(values), values.size());
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
								List.of("median_rating", median))));
	}
}
