package dev.reviewbatch.sink.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Watched films (a viewing, a watched mark or a current rating) by release decade, with
 * the average current rating per decade, and the oldest and newest of them. Films without
 * a release year are counted apart. Immutable.
 */
record Decades(List<Decade> decades, long withoutYear, List<FilmRef> oldest, List<FilmRef> newest) {

	static final int EXTREMES = 5;

	/**
	 * One decade, e.g. 1990 for the 1990s; the average is empty when no film of it is
	 * rated.
	 */
	record Decade(int decade, long films, long ratedFilms, String averageRating) {

		String label() {
			return decade + "s";
		}
	}

	Decades {
		decades = List.copyOf(decades);
		oldest = List.copyOf(oldest);
		newest = List.copyOf(newest);
	}

	static Decades of(ReportQueries q) {
		long[] withoutYear = new long[1];
		Map<Integer, Long> films = new TreeMap<>();
		Comparator<FilmRef> oldestFirst = Comparator.comparing(FilmRef::year).thenComparing(FilmRef::filmKey);
		TopN<FilmRef> oldest = new TopN<>(EXTREMES, oldestFirst);
		TopN<FilmRef> newest = new TopN<>(EXTREMES,
				Comparator.comparing(FilmRef::year, Comparator.reverseOrder()).thenComparing(FilmRef::filmKey));
		q.watchedFilms(film -> {
			if (film.year() == null) {
				withoutYear[0]++;
				return;
			}
			films.merge(decade(film.year()), 1L, Long::sum);
			oldest.offer(film);
			newest.offer(film);
		});
		Map<Integer, long[]> ratings = new TreeMap<>();
		q.ratingsPerReleaseYear().forEach((year, countSum) -> {
			long[] sum = ratings.computeIfAbsent(decade(year), d -> new long[2]);
			sum[0] += countSum[0];
			sum[1] += countSum[1];
		});
		List<Decade> decades = new ArrayList<>();
		films.forEach((decade, count) -> {
			long[] rated = ratings.getOrDefault(decade, new long[2]);
			decades.add(new Decade(decade, count, rated[0], Figures.meanStars(rated[1], rated[0])));
		});
		return new Decades(decades, withoutYear[0], oldest.best(), newest.best());
	}

	/** Every watched film: those with a release year and those without. */
	long filmsWatched() {
		return decades.stream().mapToLong(Decade::films).sum() + withoutYear;
	}

	private static int decade(int year) {
		return Math.floorDiv(year, 10) * 10;
	}

	List<ReportTable> tables() {
		List<List<String>> rows = new ArrayList<>(decades.stream()
			.map(d -> List.of(d.label(), Long.toString(d.films()), Long.toString(d.ratedFilms()), d.averageRating()))
			.toList());
		if (withoutYear > 0) {
			rows.add(List.of("unknown", Long.toString(withoutYear), "", ""));
		}
		return List.of(
				ReportTable.of("decades", "Films by release decade",
						List.of("decade", "films", "rated_films", "average_rating"), rows),
				films("oldest_films", "Oldest films", oldest), films("newest_films", "Newest films", newest));
	}

	private static ReportTable films(String name, String heading, List<FilmRef> films) {
		return ReportTable.of(name, heading, List.of("film_key", "title", "year"),
				films.stream().map(f -> List.of(f.filmKey(), f.title(), Objects.toString(f.year()))).toList());
	}
}
