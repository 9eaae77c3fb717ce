package dev.reviewbatch.sink.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.reviewbatch.sink.report.ReportRows.RatedFilm;
import dev.reviewbatch.sink.report.ReportRows.ViewingRow;

/**
 * How ratings move apart over time: films whose latest rated diary viewing differs from the current rating, and
 * the average viewing rating per year watched. Per account. Immutable.
 */
record RatingDrift(List<Difference> differences, Map<Integer, List<Integer>> ratingsPerYear) {

	/** The latest rated viewing against the current rating of the same film and account. */
	record Difference(FilmRef film, String account, int diaryRating, LocalDate diaryDate, int currentRating,
			LocalDate ratedDate) {

		int delta() {
			return currentRating - diaryRating;
		}
	}

	RatingDrift {
		differences = List.copyOf(differences);
		Map<Integer, List<Integer>> copy = new TreeMap<>();
		ratingsPerYear.forEach((year, ratings) -> copy.put(year, List.copyOf(ratings)));
		ratingsPerYear = java.util.Collections.unmodifiableMap(copy);
	}

	static RatingDrift of(ReportRows rows) {
		Map<PerFilm.Key, List<ViewingRow>> viewings = PerFilm.group(rows.viewings().stream()
			.filter(v -> v.halfStars() != null).toList(), ViewingRow::film, ViewingRow::account);
		List<Difference> differences = new ArrayList<>();
		for (RatedFilm current : rows.currentRatings()) {
			List<ViewingRow> rated = viewings.get(new PerFilm.Key(current.film().filmKey(), current.account()));
			if (rated == null) {
				continue;
			}
			ViewingRow latest = rated.get(rated.size() - 1);
			if (latest.halfStars() != current.halfStars()) {
				differences.add(new Difference(current.film(), current.account(), latest.halfStars(), latest.watched(),
						current.halfStars(), current.rated()));
			}
		}
		Map<Integer, List<Integer>> perYear = new TreeMap<>();
		rows.viewings().stream().filter(v -> v.halfStars() != null && v.watched() != null).forEach(v -> perYear
			.computeIfAbsent(v.watched().getYear(), y -> new ArrayList<>()).add(v.halfStars()));
		return new RatingDrift(differences, perYear);
	}

	List<ReportTable> tables() {
		List<List<String>> years = new ArrayList<>();
		ratingsPerYear.forEach((year, ratings) -> years.add(List.of(year.toString(), Integer.toString(ratings.size()),
				Figures.meanStars(ratings))));
		return List.of(ReportTable.of("diary_vs_current", "Latest diary rating vs current rating",
				List.of("film_key", "title", "year", "account", "diary_rating", "diary_date", "current_rating",
						"rated_date", "difference"),
				differences.stream().map(d -> List.of(d.film().filmKey(), d.film().title(), d.film().yearText(),
						d.account(), Figures.stars(d.diaryRating()), Figures.date(d.diaryDate()),
						Figures.stars(d.currentRating()), Figures.date(d.ratedDate()), Figures.change(d.delta())))
					.toList()).showing(50),
				ReportTable.of("rating_by_year_watched", "Average rating per year watched",
						List.of("year", "rated_viewings", "average_rating"), years));
	}
}
