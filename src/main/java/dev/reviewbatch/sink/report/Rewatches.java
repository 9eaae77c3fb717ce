package dev.reviewbatch.sink.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.reviewbatch.sink.report.ReportRows.ViewingRow;

/**
 * Films seen more than once or logged as a rewatch, most viewings first, and for those with two or more rated
 * viewings the rating of the first viewing against the latest. Per account. Immutable.
 */
record Rewatches(List<Rewatched> films) {

	/** One film of one account; ratings are null when fewer than two viewings are rated. */
	record Rewatched(FilmRef film, String account, int viewings, int markedRewatch, LocalDate first,
			LocalDate latest, Integer firstRating, Integer latestRating) {

		boolean hasRatingChange() {
			return firstRating != null && latestRating != null;
		}
	}

	Rewatches {
		films = List.copyOf(films);
	}

	static Rewatches of(ReportRows rows) {
		List<Rewatched> films = new ArrayList<>();
		PerFilm.group(rows.viewings(), ViewingRow::film, ViewingRow::account).forEach((key, viewings) -> {
			int marked = (int) viewings.stream().filter(ViewingRow::rewatch).count();
			if (viewings.size() < 2 && marked == 0) {
				return;
			}
			List<Integer> rated = viewings.stream().map(ViewingRow::halfStars).filter(Objects::nonNull).toList();
			boolean twoRated = rated.size() >= 2;
			films.add(new Rewatched(viewings.get(0).film(), key.account(), viewings.size(), marked,
					viewings.get(0).watched(), viewings.get(viewings.size() - 1).watched(),
					twoRated ? rated.get(0) : null, twoRated ? rated.get(rated.size() - 1) : null));
		});
		films.sort(Comparator.comparing(Rewatched::viewings, Comparator.reverseOrder())
			.thenComparing(Rewatched::markedRewatch, Comparator.reverseOrder())
			.thenComparing(r -> r.film().filmKey())
			.thenComparing(Rewatched::account));
		return new Rewatches(films);
	}

	List<ReportTable> tables() {
		return List.of(ReportTable.of("rewatches", "Most rewatched films",
				List.of("film_key", "title", "year", "account", "viewings", "marked_rewatch", "first_watched",
						"latest_watched"),
				films.stream().map(r -> List.of(r.film().filmKey(), r.film().title(), r.film().yearText(),
						r.account(), Integer.toString(r.viewings()), Integer.toString(r.markedRewatch()),
						Figures.date(r.first()), Figures.date(r.latest()))).toList())
			.showing(20),
				ReportTable.of("rewatch_rating_changes", "Rating at the first and the latest rated viewing",
						List.of("film_key", "title", "year", "account", "first_rating", "latest_rating", "change"),
						films.stream().filter(Rewatched::hasRatingChange)
							.map(r -> List.of(r.film().filmKey(), r.film().title(), r.film().yearText(), r.account(),
									Figures.stars(r.firstRating()), Figures.stars(r.latestRating()),
									Figures.change(r.latestRating() - r.firstRating())))
							.toList()));
	}
}
