package dev.reviewbatch.sink.report;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.reviewbatch.sink.report.PageSection.Chart;
import dev.reviewbatch.sink.report.PageSection.Fact;
import dev.reviewbatch.sink.report.PageSection.Timeline;
import dev.reviewbatch.sink.report.ReportRows.RatingEvent;
import dev.reviewbatch.sink.report.SvgCharts.Bar;

/** Lays the report's data out as the sections of the page and the summary, in reading order. Stateless. */
final class ReportPage {

	static final int MONTHS_CHARTED = 36;

	static final int TAGS_CHARTED = 20;

	static final int TIMELINES_SHOWN = 24;

	private ReportPage() {
	}

	static List<PageSection> sections(ReportData data) {
		return List.of(overview(data), ratings(data), activity(data), decades(data), rewatches(data), history(data),
				tags(data), reviews(data), quality(data));
	}

	private static PageSection overview(ReportData data) {
		Totals t = data.totals();
		return PageSection.of("totals", "Totals",
				List.of(fact("Films watched", t.filmsWatched()), fact("Viewings", t.viewings()),
						fact("Rewatches", t.rewatches()), fact("Reviews", t.reviews()),
						fact("Rated films", t.ratedFilms()), fact("Watchlist", t.watchlist()),
						new Fact("First watched", Figures.date(t.firstWatched())),
						new Fact("Last watched", Figures.date(t.lastWatched())),
						fact("Films in the store", t.filmsInStore()), fact("Import runs", t.sources().size())),
				List.of(), t.tables().subList(1, 2));
	}

	private static PageSection ratings(ReportData data) {
		RatingDistribution r = data.ratings();
		List<Bar> bars = new ArrayList<>();
		for (int halfStars = 1; halfStars <= 10; halfStars++) {
			bars.add(new Bar(Figures.stars(halfStars), r.count(halfStars)));
		}
		return PageSection.of("ratings", "Rating distribution",
				List.of(fact("Rated films", r.rated()), new Fact("Mean", stars(r.mean())),
						new Fact("Median", stars(r.median()))),
				List.of(new Chart("Current ratings by half-star", SvgCharts.columns("Current ratings by half-star", bars),
						"rating_distribution")),
				r.tables().subList(0, 1));
	}

	private static PageSection activity(ReportData data) {
		Activity a = data.activity();
		List<Bar> years = a.perYear().entrySet().stream().sorted(Map.Entry.comparingByKey())
			.map(e -> new Bar(e.getKey().toString(), e.getValue())).toList();
		List<YearMonth> months = a.months();
		List<Bar> recent = months.subList(Math.max(0, months.size() - MONTHS_CHARTED), months.size()).stream()
			.map(m -> new Bar(m.toString(), a.perMonth().get(m))).toList();
		List<Bar> days = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			days.add(new Bar(day.name().substring(0, 1) + day.name().substring(1, 3).toLowerCase(),
					a.perDayOfWeek().get(day)));
		}
		Activity.Streak streak = a.longestStreak();
		List<ReportTable> tables = a.tables();
		return PageSection.of("activity", "Activity",
				List.of(new Fact("Longest streak", streak.days() + (streak.days() == 1 ? " day" : " days")),
						new Fact("Streak from", Figures.date(streak.first())),
						new Fact("Streak to", Figures.date(streak.last()))),
				List.of(new Chart("Viewings per year", SvgCharts.columns("Viewings per year", years),
						"activity_by_year"),
						new Chart("Viewings per month (the last " + recent.size() + " months with data)",
								SvgCharts.columns("Viewings per month", recent), "activity_by_month"),
						new Chart("Viewings per day of the week (calendar date as logged)",
								SvgCharts.columns("Viewings per day of the week", days), "activity_by_day_of_week")),
				List.of(tables.get(0), tables.get(1)));
	}

	private static PageSection decades(ReportData data) {
		Decades d = data.decades();
		List<Bar> bars = d.decades().stream().map(x -> new Bar(x.label(), x.films())).toList();
		return PageSection.of("decades", "Release decades", List.of(),
				List.of(new Chart("Watched films by release decade",
						SvgCharts.columns("Watched films by release decade", bars), "decades")),
				d.tables());
	}

	private static PageSection rewatches(ReportData data) {
		return PageSection.of("rewatches", "Rewatches", List.of(), List.of(), data.rewatches().tables());
	}

	private static PageSection history(ReportData data) {
		RatingHistory h = data.history();
		List<Bar> drift = data.drift().ratingsPerYear().entrySet().stream()
			.map(e -> new Bar(e.getKey().toString(),
					Double.parseDouble(Figures.meanStars(e.getValue()))))
			.toList();
		List<Timeline> timelines = h.changes().stream().limit(TIMELINES_SHOWN).map(ReportPage::timeline).toList();
		List<ReportTable> tables = new ArrayList<>(h.tables().subList(0, 3));
		tables.addAll(data.drift().tables());
		return new PageSection("history", "Rating history",
				List.of(fact("Films whose rating changed", h.changes().size()),
						fact("Rose", h.changes().stream().filter(c -> c.delta() > 0).count()),
						fact("Fell", h.changes().stream().filter(c -> c.delta() < 0).count()),
						fact("Diary rating ≠ current rating", data.drift().differences().size())),
				List.of(new Chart("Average rating per year watched (rating drift)",
						SvgCharts.columns("Average rating per year watched", drift, 5, 5), "rating_by_year_watched")),
				timelines, tables);
	}

	private static Timeline timeline(RatingHistory.Change change) {
		List<Bar> points = change.timeline().stream()
			.map(e -> new Bar(Figures.stars(e.halfStars()) + " on " + Figures.date(e.date()) + " (" + e.from() + ")",
					e.halfStars()))
			.toList();
		String label = change.film().label() + (change.account().isEmpty() ? "" : " · " + change.account());
		return new Timeline(label, SvgCharts.timeline("Rating timeline of " + label, points),
				String.join(" → ", change.timeline().stream().map(ReportPage::step).toList()));
	}

	private static String step(RatingEvent e) {
		return Figures.stars(e.halfStars()) + " (" + (e.date() == null ? "undated" : e.date()) + ", " + e.origin() + ")";
	}

	private static PageSection tags(ReportData data) {
		List<Bar> bars = data.tags().tags().stream().limit(TAGS_CHARTED).map(t -> new Bar(t.tag(), t.uses())).toList();
		return PageSection.of("tags", "Tags", List.of(fact("Distinct tags", data.tags().tags().size())),
				bars.isEmpty() ? List.of()
						: List.of(new Chart("Most used tags", SvgCharts.rows("Most used tags", bars), "tags")),
				data.tags().tables());
	}

	private static PageSection reviews(ReportData data) {
		Reviews r = data.reviews();
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < Reviews.BUCKETS.size(); i++) {
			bars.add(new Bar(Reviews.bucketLabel(i), r.wordsPerBucket().get(i)));
		}
		return PageSection.of("reviews", "Reviews",
				List.of(fact("Reviews", r.count()), fact("Words", r.totalWords()),
						new Fact("Average words", r.averageWords())),
				List.of(new Chart("Review length in words", SvgCharts.columns("Review length in words", bars),
						"review_lengths")),
				r.tables().subList(2, 3));
	}

	private static PageSection quality(ReportData data) {
		DataQuality q = data.quality();
		long rejects = q.rejectsByFile().values().stream().mapToLong(Long::longValue).sum();
		return PageSection.of("quality", "Data quality",
				List.of(fact("Rejected rows (latest runs)", rejects),
						new Fact("Latest run", q.latestRun() == null ? "none" : q.latestRun().toString()),
						fact("Changes in the latest run", q.latestChanges().size())),
				List.of(), q.tables());
	}

	private static Fact fact(String label, long value) {
		return new Fact(label, Long.toString(value));
	}

	private static String stars(String value) {
		return value.isEmpty() ? "–" : value + "★";
	}
}
