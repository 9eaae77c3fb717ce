package dev.reviewbatch.sink.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.time.LocalDate;

import dev.reviewbatch.sink.report.ReportQueries.Current;
import dev.reviewbatch.sink.report.ReportQueries.FilmViewing;
import dev.reviewbatch.sink.report.ReportQueries.SeenFilm;
import dev.reviewbatch.sink.report.Rewatches.RewatchRating;
import dev.reviewbatch.sink.report.Rewatches.Rewatched;
import dev.reviewbatch.sink.report.RatingDrift.Difference;

/**
 * Folds the store's viewings, streamed grouped by film and account, into the per-film
 * tables in one pass: rewatched films, the first against the latest rated viewing, and
 * the latest rated viewing against the current rating. The three CSV files are written as
 * the groups end; only the rows the page shows are kept, so memory grows with the number
 * of current ratings (looked up by film), never with the viewings. Not thread-safe; used
 * once.
 */
final class FilmViewingsFold {

	/**
	 * The results: the per-film tables and, per calendar year, its films, first and last
	 * viewing and best films.
	 */
	record Folded(Rewatches rewatches, List<Difference> differences, long differenceCount,
			ReportFiles.CsvStream differencesCsv, Map<Integer, Long> filmsPerYear, Map<Integer, SeenFilm> firstPerYear,
			Map<Integer, SeenFilm> lastPerYear, Map<Integer, List<SeenFilm>> topRatedPerYear) {
	}

	/**
	 * First of a year: earliest watched date, then logged date (undated last), then row
	 * key.
	 */
	private static final Comparator<FilmViewing> FIRST = Comparator.comparing(FilmViewing::watched)
		.thenComparing(FilmViewing::logged, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(FilmViewing::rowKey);

	private final Map<Integer, Long> filmsPerYear = new TreeMap<>();

	private final Map<Integer, FilmViewing> firstPerYear = new TreeMap<>();

	private final Map<Integer, FilmViewing> lastPerYear = new TreeMap<>();

	private final Map<Integer, TopN<SeenFilm>> topPerYear = new TreeMap<>();

	/**
	 * The current film's best rating and first rated viewing per year, across accounts:
	 * {@code [best, epochDay]}.
	 */
	private final Map<Integer, long[]> filmYears = new TreeMap<>();

	private final java.util.Set<Integer> filmSeenIn = new java.util.TreeSet<>();

	private FilmRef film;

	private final Map<String, Current> current;

	private final ReportFiles.CsvStream rewatchCsv;

	private final ReportFiles.CsvStream ratingCsv;

	private final ReportFiles.CsvStream differenceCsv;

	private final TopN<Rewatched> most = new TopN<>(Rewatches.SHOWN,
			Comparator.comparing((Rewatched r) -> -r.viewings())
				.thenComparing(r -> -r.markedRewatch())
				.thenComparing(r -> r.film().filmKey())
				.thenComparing(Rewatched::account));

	private final TopN<RewatchRating> biggestRatingChanges = new TopN<>(Rewatches.CHANGES_SHOWN,
			Comparator.comparing((RewatchRating r) -> -Math.abs(r.latest() - r.first()))
				.thenComparing(r -> r.film().filmKey())
				.thenComparing(RewatchRating::account));

	private final TopN<Difference> biggestDifferences = new TopN<>(RatingDrift.SHOWN,
			Comparator.comparing((Difference d) -> -Math.abs(d.delta()))
				.thenComparing(d -> d.film().filmKey())
				.thenComparing(Difference::account));

	private final List<FilmViewing> group = new ArrayList<>();

	private FilmViewingsFold(Map<String, Current> current, Path data) {
		this.current = current;
		this.rewatchCsv = ReportFiles.CsvStream.open(data, "rewatches", List.of("film_key", "title", "year", "account",
				"viewings", "marked_rewatch", "first_watched", "latest_watched"));
		this.ratingCsv = ReportFiles.CsvStream.open(data, "rewatch_rating_changes",
				List.of("film_key", "title", "year", "account", "first_rating", "latest_rating", "change"));
		this.differenceCsv = ReportFiles.CsvStream.open(data, "diary_vs_current", List.of("film_key", "title", "year",
				"account", "diary_rating", "diary_date", "current_rating", "rated_date", "difference"));
	}

	static Folded fold(ReportQueries q, Path data) {
		FilmViewingsFold fold = new FilmViewingsFold(q.currentRatings(), data);
		try (fold.rewatchCsv; fold.ratingCsv; fold.differenceCsv) {
			q.viewingsByFilm(fold::accept);
			fold.endGroup();
		}
		List<RewatchRating> changes = fold.biggestRatingChanges.best()
			.stream()
			.filter(r -> r.latest() != r.first())
			.toList();
		List<Rewatched> most = fold.most.best();
		fold.endFilm();
		Map<Integer, SeenFilm> first = new TreeMap<>();
		Map<Integer, SeenFilm> last = new TreeMap<>();
		fold.firstPerYear
			.forEach((year, v) -> first.put(year, new SeenFilm(year, v.film(), v.watched(), v.halfStars(), 1)));
		fold.lastPerYear
			.forEach((year, v) -> last.put(year, new SeenFilm(year, v.film(), v.watched(), v.halfStars(), 2)));
		Map<Integer, List<SeenFilm>> top = new TreeMap<>();
		fold.topPerYear.forEach((year, films) -> {
			List<SeenFilm> best = films.best();
			List<SeenFilm> ranked = new ArrayList<>();
			for (int i = 0; i < best.size(); i++) {
				SeenFilm f = best.get(i);
				ranked.add(new SeenFilm(year, f.film(), f.watched(), f.halfStars(), i + 1));
			}
			top.put(year, ranked);
		});
		Rewatches rewatches = new Rewatches(fold.rewatchCsv.rows(), most, fold.ratingCsv.rows(), changes,
				List.of(ReportTable.streamed(fold.rewatchCsv, "Most rewatched films",
						most.stream().map(FilmViewingsFold::row).toList()),
						ReportTable.streamed(fold.ratingCsv,
								"Rating at the first and the latest rated viewing (biggest changes)",
								changes.stream().map(FilmViewingsFold::row).toList())));
		return new Folded(rewatches, fold.biggestDifferences.best(), fold.differenceCsv.rows(), fold.differenceCsv,
				fold.filmsPerYear, first, last, top);
	}

	private void accept(FilmViewing viewing) {
		if (film != null && !film.filmKey().equals(viewing.film().filmKey())) {
			endGroup();
			endFilm();
		}
		film = viewing.film();
		LocalDate watched = viewing.watched();
		if (watched != null) {
			int year = watched.getYear();
			filmSeenIn.add(year);
			firstPerYear.merge(year, viewing, (a, b) -> FIRST.compare(a, b) <= 0 ? a : b);
			lastPerYear.merge(year, viewing, (a, b) -> FIRST.compare(a, b) >= 0 ? a : b);
			if (viewing.halfStars() != null) {
				long[] best = filmYears.computeIfAbsent(year, y -> new long[] { 0, Long.MAX_VALUE });
				best[0] = Math.max(best[0], viewing.halfStars());
				best[1] = Math.min(best[1], watched.toEpochDay());
			}
		}
		if (!group.isEmpty() && !(group.get(0).film().filmKey().equals(viewing.film().filmKey())
				&& group.get(0).account().equals(viewing.account()))) {
			endGroup();
		}
		group.add(viewing);
	}

	/**
	 * The current film's years: one more film in each, and its best rating offered to
	 * each year's top films.
	 */
	private void endFilm() {
		if (film == null) {
			return;
		}
		filmSeenIn.forEach(year -> filmsPerYear.merge(year, 1L, Long::sum));
		filmYears.forEach((year, best) -> topPerYear
			.computeIfAbsent(year,
					y -> new TopN<>(YearInReview.TOP_RATED,
							Comparator.comparing((SeenFilm f) -> -f.halfStars())
								.thenComparing(SeenFilm::watched)
								.thenComparing(f -> f.film().filmKey())))
			.offer(new SeenFilm(year, film, LocalDate.ofEpochDay(best[1]), (int) best[0], 0)));
		filmSeenIn.clear();
		filmYears.clear();
		film = null;
	}

	private void endGroup() {
		if (group.isEmpty()) {
			return;
		}
		FilmViewing first = group.get(0);
		long marked = group.stream().filter(FilmViewing::rewatch).count();
		if (group.size() > 1 || marked > 0) {
			Rewatched r = new Rewatched(first.film(), first.account(), group.size(), marked,
					group.stream()
						.map(FilmViewing::watched)
						.filter(d -> d != null)
						.min(Comparator.naturalOrder())
						.orElse(null),
					group.stream()
						.map(FilmViewing::watched)
						.filter(d -> d != null)
						.max(Comparator.naturalOrder())
						.orElse(null));
			rewatchCsv.row(row(r));
			most.offer(r);
		}
		List<FilmViewing> rated = group.stream().filter(v -> v.halfStars() != null).toList();
		if (rated.size() >= 2) {
			RewatchRating r = new RewatchRating(first.film(), first.account(), rated.get(0).halfStars(),
					rated.get(rated.size() - 1).halfStars());
			ratingCsv.row(row(r));
			biggestRatingChanges.offer(r);
		}
		Current now = current.get(first.account() + "\u0000" + first.film().filmKey());
		if (!rated.isEmpty() && now != null) {
			FilmViewing latest = rated.get(rated.size() - 1);
			if (latest.halfStars() != now.halfStars()) {
				Difference d = new Difference(first.film(), first.account(), latest.halfStars(), latest.watched(),
						now.halfStars(), now.date());
				differenceCsv.row(row(d));
				biggestDifferences.offer(d);
			}
		}
		group.clear();
	}

	static List<String> row(Rewatched r) {
		return List.of(r.film().filmKey(), r.film().title(), r.film().yearText(), r.account(),
				Long.toString(r.viewings()), Long.toString(r.markedRewatch()), Figures.date(r.first()),
				Figures.date(r.latest()));
	}

	static List<String> row(RewatchRating r) {
		return List.of(r.film().filmKey(), r.film().title(), r.film().yearText(), r.account(), Figures.stars(r.first()),
				Figures.stars(r.latest()), Figures.change(r.latest() - r.first()));
	}

	static List<String> row(Difference d) {
		return List.of(d.film().filmKey(), d.film().title(), d.film().yearText(), d.account(),
				Figures.stars(d.diaryRating()), Figures.date(d.diaryDate()), Figures.stars(d.currentRating()),
				Figures.date(d.ratedDate()), Figures.change(d.delta()));
	}

}
