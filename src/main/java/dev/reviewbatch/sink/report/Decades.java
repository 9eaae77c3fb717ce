package dev.reviewbatch.sink.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Watched films (a viewing, a watched mark or a current rating) by release decade, with the average current rating
 * per decade, and the oldest and newest of them. Films without a release year are counted apart. Immutable.
 */
record Decades(List<Decade> decades, long withoutYear, List<FilmRef> oldest, List<FilmRef> newest) {

	static final int EXTREMES = 5;

	/** One decade, e.g. 1990 for the 1990s; the average is empty when no film of it is rated. */
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

	static Decades of(ReportRows rows) {
		Map<Integer, Long> films = new TreeMap<>();
		Map<Integer, List<Integer>> ratings = new TreeMap<>();
		List<FilmRef> dated = rows.watchedFilms().stream().filter(f -> f.year() != null).toList();
		dated.forEach(film -> films.merge(decade(film.year()), 1L, Long::sum));
		rows.currentRatings().stream().filter(r -> r.film().year() != null).forEach(r -> ratings
			.computeIfAbsent(decade(r.film().year()), d -> new ArrayList<>()).add(r.halfStars()));
		List<Decade> decades = new ArrayList<>();
		films.forEach((decade, count) -> {
			List<Integer> rated = ratings.getOrDefault(decade, List.of());
			decades.add(new Decade(decade, count, rated.size(), Figures.meanStars(rated)));
		});
		Comparator<FilmRef> byYear = Comparator.comparing(FilmRef::year).thenComparing(FilmRef::filmKey);
		return new Decades(decades, rows.watchedFilms().size() - dated.size(),
				dated.stream().sorted(byYear).limit(EXTREMES).toList(),
				dated.stream().sorted(Comparator.comparing(FilmRef::year, Comparator.reverseOrder())
					.thenComparing(FilmRef::filmKey)).limit(EXTREMES).toList());
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
