package dev.reviewbatch.sink.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.reviewbatch.sink.report.ReportRows.RatingEvent;

/**
 * Every film (per account) whose first rating differs from its latest, with both dates and sources and the full
 * timeline of its rating events; and the biggest risers and fallers. Events are ordered by date (undated first);
 * on one date a diary rating comes before a review's and the current rating last. Immutable.
 */
record RatingHistory(List<Change> changes) {

	static final int TOP = 10;

	/** A film whose rating changed: its first and latest event and every event between, in order. */
	record Change(FilmRef film, String account, List<RatingEvent> timeline) {

		Change {
			timeline = List.copyOf(timeline);
		}

		RatingEvent first() {
			return timeline.get(0);
		}

		RatingEvent latest() {
			return timeline.get(timeline.size() - 1);
		}

		int delta() {
			return latest().halfStars() - first().halfStars();
		}
	}

	RatingHistory {
		changes = List.copyOf(changes);
	}

	static RatingHistory of(ReportRows rows) {
		List<Change> changes = new ArrayList<>();
		Map<PerFilm.Key, List<RatingEvent>> timelines = PerFilm.group(rows.events(), RatingEvent::film,
				RatingEvent::account);
		timelines.forEach((key, events) -> {
			Change change = new Change(events.get(0).film(), key.account(), events);
			if (change.delta() != 0) {
				changes.add(change);
			}
		});
		return new RatingHistory(changes);
	}

	List<Change> risers() {
		return changes.stream().filter(c -> c.delta() > 0)
			.sorted(Comparator.comparing(Change::delta, Comparator.reverseOrder()).thenComparing(RatingHistory::key))
			.limit(TOP).toList();
	}

	List<Change> fallers() {
		return changes.stream().filter(c -> c.delta() < 0)
			.sorted(Comparator.comparing(Change::delta).thenComparing(RatingHistory::key)).limit(TOP).toList();
	}

	private static String key(Change change) {
		return change.film().filmKey() + "\u0000" + change.account();
	}

	List<ReportTable> tables() {
		List<String> columns = List.of("film_key", "title", "year", "account", "first_rating", "first_date",
				"first_source", "latest_rating", "latest_date", "latest_source", "change", "events");
		List<List<String>> timeline = new ArrayList<>();
		for (Change change : changes) {
			for (int i = 0; i < change.timeline().size(); i++) {
				RatingEvent e = change.timeline().get(i);
				timeline.add(List.of(change.film().filmKey(), change.film().title(), change.film().yearText(),
						change.account(), Integer.toString(i + 1), Figures.date(e.date()), Figures.stars(e.halfStars()),
						e.origin(), e.source() + ":" + e.line()));
			}
		}
		return List.of(ReportTable.of("rating_changes", "Films whose rating changed (first → latest)", columns,
				rows(changes)).showing(50), ReportTable.of("rating_risers", "Biggest risers", columns, rows(risers())),
				ReportTable.of("rating_fallers", "Biggest fallers", columns, rows(fallers())),
				ReportTable.of("rating_timelines", "Rating timeline of every changed film",
						List.of("film_key", "title", "year", "account", "step", "date", "rating", "origin", "source"),
						timeline).showing(0));
	}

	private static List<List<String>> rows(List<Change> changes) {
		return changes.stream().map(c -> List.of(c.film().filmKey(), c.film().title(), c.film().yearText(),
				c.account(), Figures.stars(c.first().halfStars()), Figures.date(c.first().date()), c.first().from(),
				Figures.stars(c.latest().halfStars()), Figures.date(c.latest().date()), c.latest().from(),
				Figures.change(c.delta()), Integer.toString(c.timeline().size()))).toList();
	}
}
