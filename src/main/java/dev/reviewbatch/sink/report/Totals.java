package dev.reviewbatch.sink.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Totals: films, viewings, rewatches, reviews, rated films, watchlist size, first and last watched date, and the
 * sources imported (one row per import run). Immutable.
 */
record Totals(long filmsInStore, long filmsWatched, long viewings, long rewatches, long reviews, long ratedFilms,
		long watchlist, LocalDate firstWatched, LocalDate lastWatched, List<Source> sources) {

	/** One import run: its input, account, whether it was a whole export, and the rows it read. */
	record Source(long runId, String account, String input, boolean completeExport, long rowsRead) {
	}

	Totals {
		sources = List.copyOf(sources);
	}

	static Totals of(ReportRows rows, JdbcTemplate jdbc) {
		List<LocalDate> dates = rows.viewings().stream().map(ReportRows.ViewingRow::watched)
			.filter(Objects::nonNull).sorted().toList();
		return new Totals(count(jdbc, "SELECT COUNT(*) FROM film"), rows.watchedFilms().size(),
				rows.viewings().size(), rows.viewings().stream().filter(ReportRows.ViewingRow::rewatch).count(),
				rows.reviews().size(), rows.currentRatings().size(),
				count(jdbc, "SELECT COUNT(*) FROM film_mark WHERE kind = 'WATCHLIST' AND state = 'LIVE'"),
				dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1),
				jdbc.query("SELECT r.run_id, r.account, r.input, r.complete_export, "
						+ "(SELECT COALESCE(SUM(f.rows_read), 0) FROM run_file f WHERE f.run_id = r.run_id) "
						+ "FROM import_run r ORDER BY r.run_id", (rs, n) -> new Source(rs.getLong(1),
								Figures.text(rs.getString(2)), rs.getString(3), rs.getBoolean(4), rs.getLong(5))));
	}

	private static long count(JdbcTemplate jdbc, String sql) {
		Long count = jdbc.queryForObject(sql, Long.class);
		return count == null ? 0 : count;
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
						sources.stream().map(s -> List.of(Long.toString(s.runId()), s.account(), s.input(),
								Boolean.toString(s.completeExport()), Long.toString(s.rowsRead()))).toList()));
	}
}
