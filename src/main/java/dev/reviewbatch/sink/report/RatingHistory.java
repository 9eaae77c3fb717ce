package dev.reviewbatch.sink.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

import dev.reviewbatch.sink.report.ReportQueries.Change;
import dev.reviewbatch.sink.report.ReportQueries.FilmObservation;
import dev.reviewbatch.sink.report.ReportQueries.Observation;
import dev.reviewbatch.sink.report.ReportQueries.PerFilmKey;

/**
 * Every film (per account) whose first rating observation differs from its latest, with
 * both dates and sources; the biggest risers and fallers; and, for the films the page
 * shows, every observation in order (a diary entry, a review, a feed or page, the current
 * rating of each export). Events are ordered by date (undated first); on one date a diary
 * rating comes before a review's and the current rating last. The full lists are streamed
 * into {@code data/rating_changes.csv} and {@code data/rating_timelines.csv} (one row per
 * new value); only the shown films are kept. Immutable.
 */
record RatingHistory(long changed, long rose, long fell, List<Change> risers, List<Change> fallers,
		List<Timeline> timelines, List<ReportTable> tables) {

	static final int TOP = 10;

	static final int TIMELINES_SHOWN = 12;

	/** Every observation of one shown film. */
	record Timeline(FilmRef film, String account, List<Observation> observations) {

		Timeline {
			observations = List.copyOf(observations);
		}

		int delta() {
			return observations.get(observations.size() - 1).halfStars() - observations.get(0).halfStars();
		}
	}

	RatingHistory {
		risers = List.copyOf(risers);
		fallers = List.copyOf(fallers);
		timelines = List.copyOf(timelines);
		tables = List.copyOf(tables);
	}

	static final List<String> CHANGE_COLUMNS = List.of("film_key", "title", "year", "account", "first_rating",
			"first_date", "first_source", "latest_rating", "latest_date", "latest_source", "change", "events");

	static RatingHistory of(ReportQueries q, Path data) {
		Comparator<Change> byKey = Comparator.comparing((Change c) -> c.film().filmKey())
			.thenComparing(Change::account);
		TopN<Change> risers = new TopN<>(TOP, Comparator.comparing((Change c) -> -c.delta()).thenComparing(byKey));
		TopN<Change> fallers = new TopN<>(TOP, Comparator.comparing(Change::delta).thenComparing(byKey));
		// the films shown as timelines: the biggest swings, the most observed, the most
		// recent
		TopN<Change> stories = new TopN<>(TIMELINES_SHOWN,
				Comparator.comparing((Change c) -> -Math.abs(c.delta()))
					.thenComparing(c -> -c.events())
					.thenComparing(c -> c.latest().date(), Comparator.nullsLast(Comparator.reverseOrder()))
					.thenComparing(byKey));
		List<List<String>> shownChanges = new ArrayList<>();
		long[] counts = new long[3];
		ReportFiles.CsvStream changes = ReportFiles.CsvStream.open(data, "rating_changes", CHANGE_COLUMNS);
		ReportFiles.CsvStream steps = ReportFiles.CsvStream.open(data, "rating_timelines",
				List.of("film_key", "title", "year", "account", "step", "date", "rating", "origin", "source"));
		List<FilmObservation> group = new ArrayList<>();
		Runnable endGroup = () -> {
			if (group.isEmpty()) {
				return;
			}
			FilmObservation first = group.get(0);
			Change c = new Change(first.film(), first.account(), first.observation(),
					group.get(group.size() - 1).observation(), group.size());
			if (c.delta() != 0) {
				List<String> row = row(c);
				changes.row(row);
				counts[0]++;
				counts[c.delta() > 0 ? 1 : 2]++;
				risers.offer(c);
				fallers.offer(c);
				stories.offer(c);
				if (shownChanges.size() < 50) {
					shownChanges.add(row);
				}
				int step = 0;
				Integer previous = null;
				for (FilmObservation o : group) {
					Observation e = o.observation();
					if (previous == null || previous != e.halfStars()) {
						steps.row(List.of(o.film().filmKey(), o.film().title(), o.film().yearText(), o.account(),
								Integer.toString(++step), Figures.date(e.date()), Figures.stars(e.halfStars()),
								e.origin(), e.source() + ":" + e.line()));
					}
					previous = e.halfStars();
				}
			}
			group.clear();
		};
		try (changes; steps) {
			q.ratingEvents(o -> {
				if (!group.isEmpty() && !(group.get(0).film().filmKey().equals(o.film().filmKey())
						&& group.get(0).account().equals(o.account()))) {
					endGroup.run();
				}
				group.add(o);
			});
			endGroup.run();
		}
		List<Change> shown = stories.best();
		Map<PerFilmKey, List<Observation>> observed = new HashMap<>();
		Map<PerFilmKey, FilmRef> films = new HashMap<>();
		for (FilmObservation o : q
			.observationsOf(shown.stream().map(c -> new PerFilmKey(c.account(), c.film().filmKey())).toList())) {
			PerFilmKey key = new PerFilmKey(o.account(), o.film().filmKey());
			observed.computeIfAbsent(key, k -> new ArrayList<>()).add(o.observation());
			films.put(key, o.film());
		}
		List<Timeline> timelines = shown.stream()
			.map(c -> new PerFilmKey(c.account(), c.film().filmKey()))
			.filter(observed::containsKey)
			.map(k -> new Timeline(films.get(k), k.account(), observed.get(k)))
			.toList();
		List<Change> up = risers.best().stream().filter(c -> c.delta() > 0).toList();
		List<Change> down = fallers.best().stream().filter(c -> c.delta() < 0).toList();
		return new RatingHistory(counts[0], counts[1], counts[2], up, down, timelines, List.of(
				ReportTable.streamed(changes, "Films whose rating changed (first → latest)", shownChanges).showing(50),
				ReportTable.of("rating_risers", "Biggest risers", CHANGE_COLUMNS,
						up.stream().map(RatingHistory::row).toList()),
				ReportTable.of("rating_fallers", "Biggest fallers", CHANGE_COLUMNS,
						down.stream().map(RatingHistory::row).toList()),
				ReportTable.streamed(steps, "Rating timeline of every changed film (each new value)", List.of())
					.showing(0)));
	}

	private static List<String> row(Change c) {
		return List.of(c.film().filmKey(), c.film().title(), c.film().yearText(), c.account(),
				Figures.stars(c.first().halfStars()), Figures.date(c.first().date()), from(c.first()),
				Figures.stars(c.latest().halfStars()), Figures.date(c.latest().date()), from(c.latest()),
				Figures.change(c.delta()), Long.toString(c.events()));
	}

	private static String from(Observation o) {
		return o.origin() + " " + o.source() + ":" + o.line();
	}
}
