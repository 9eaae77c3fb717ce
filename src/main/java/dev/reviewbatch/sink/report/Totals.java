package dev.reviewbatch.sink.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Totals: films, viewings, rewatches, reviews, rated films, watchlist size, first and
 * last watched date, and the sources imported (one row per import run). Immutable.
 */
record Totals(long filmsInStore, long filmsWatched, long viewings, long rewatches, long reviews, long ratedFilms,
		long watchlist, LocalDate firstWatched, LocalDate lastWatched, long accounts,
		List<ReportQueries.Source> sources) {

	Totals {
		sources = List.copyOf(sources);
	}

	static Totals of(ReportQueries q, List<ReportQueries.Day> days, long ratedFilms, long filmsWatched) {
		return new Totals(q.filmsInStore(), filmsWatched, q.viewings(), q.rewatchViewings(), q.reviews(), ratedFilms,
				q.watchlist(), days.isEmpty() ? null : days.get(0).date(),
				days.isEmpty() ? null : days.get(days.size() - 1).date(), q.accounts(), q.sources());
	}

	/** The date of the latest import, or null when nothing was imported. */
	LocalDate lastImport() {
		return sources.isEmpty() ? null : sources.get(sources.size() - 1).started();
	}

	List<ReportTable> tables() {
		List<List<String>> figures = new ArrayList<>();
		figures.add(List.of("films_in_store", Long.toString(filmsInStore)));
		figures.add(List.of("films_watched", Long.toString(filmsWatched)));
		figures.add(List.of("viewings", Long.toString(viewings)));
		figures.add(List.of("rewatches", Long.toString(rewatches)));
		figures.add(List.of("reviews", Long.toString(reviews)));
		figures.add(List.of("rated_films", Long.toString(ratedFilms)));
		figures.add(List.of("watchlist", Long.toString(watchlist)));
		figures.add(List.of("first_watched", Figures.date(firstWatched)));
		figures.add(List.of("last_watched", Figures.date(lastWatched)));
		figures.add(List.of("import_runs", Integer.toString(sources.size())));
		return List.of(ReportTable.of("totals", "Totals", List.of("figure", "value"), figures),
				ReportTable.of("sources", "Sources imported",
						List.of("run_id", "account", "input", "complete_export", "rows_read"),
						sources.stream()
							.map(s -> List.of(Long.toString(s.runId()), s.account(), s.input(),
									Boolean.toString(s.completeExport()), Long.toString(s.rowsRead())))
							.toList()));
	}
}
