package dev.reviewbatch.sink.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.reviewbatch.sink.report.ReportQueries.RewatchRating;
import dev.reviewbatch.sink.report.ReportQueries.Rewatched;

/**
 * Films seen more than once or logged as a rewatch, most viewings first, and for those with two or more rated
 * viewings the rating of the first viewing against the latest. Per account. Both lists are streamed into their
 * CSV; only the rows the page shows are kept. Immutable.
 */
record Rewatches(long films, List<Rewatched> most, long withTwoRatings, List<RewatchRating> biggestChanges,
		List<ReportTable> tables) {

	static final int SHOWN = 20;

	static final int CHANGES_SHOWN = 10;

	Rewatches {
		most = List.copyOf(most);
		biggestChanges = List.copyOf(biggestChanges);
		tables = List.copyOf(tables);
	}

	static Rewatches of(ReportQueries q, Path data) {
		List<Rewatched> most = new ArrayList<>();
		List<List<String>> mostRows = new ArrayList<>();
		ReportFiles.CsvStream rewatches = ReportFiles.CsvStream.open(data, "rewatches", List.of("film_key", "title",
				"year", "account", "viewings", "marked_rewatch", "first_watched", "latest_watched"));
		try (rewatches) {
			q.rewatched(r -> {
				List<String> row = List.of(r.film().filmKey(), r.film().title(), r.film().yearText(), r.account(),
						Long.toString(r.viewings()), Long.toString(r.markedRewatch()), Figures.date(r.first()),
						Figures.date(r.latest()));
				rewatches.row(row);
				if (most.size() < SHOWN) {
					most.add(r);
					mostRows.add(row);
				}
			});
		}
		TopN<RewatchRating> biggest = new TopN<>(CHANGES_SHOWN,
				Comparator.comparing((RewatchRating r) -> -Math.abs(r.latest() - r.first()))
					.thenComparing(r -> r.film().filmKey()).thenComparing(RewatchRating::account));
		ReportFiles.CsvStream changes = ReportFiles.CsvStream.open(data, "rewatch_rating_changes",
				List.of("film_key", "title", "year", "account", "first_rating", "latest_rating", "change"));
		try (changes) {
			q.rewatchRatings(r -> {
				changes.row(row(r));
				biggest.offer(r);
			});
		}
		List<RewatchRating> shown = biggest.best().stream().filter(r -> r.latest() != r.first()).toList();
		return new Rewatches(rewatches.rows(), most, changes.rows(), shown,
				List.of(ReportTable.streamed(rewatches, "Most rewatched films", mostRows),
						ReportTable.streamed(changes, "Rating at the first and the latest rated viewing (biggest changes)",
								shown.stream().map(Rewatches::row).toList())));
	}

	private static List<String> row(RewatchRating r) {
		return List.of(r.film().filmKey(), r.film().title(), r.film().yearText(), r.account(),
				Figures.stars(r.first()), Figures.stars(r.latest()), Figures.change(r.latest() - r.first()));
	}
}
