package dev.reviewbatch.sink.report;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import dev.reviewbatch.domain.StarRating;
import dev.reviewbatch.sink.report.PageSection.FilmList;
import dev.reviewbatch.sink.report.PageSection.Item;
import dev.reviewbatch.sink.report.PageSection.Step;
import dev.reviewbatch.sink.report.PageSection.Timeline;
import dev.reviewbatch.sink.report.PageSection.YearCard;
import dev.reviewbatch.sink.report.ReportQueries.Observation;
import dev.reviewbatch.sink.report.ReportQueries.SeenFilm;
import dev.reviewbatch.sink.report.SvgCharts.Bar;

/**
 * Lays the report's data out as the sections of the page and the summary, in reading
 * order: rating history first (what no other tool shows), then the years, ratings,
 * activity and the rest. Numbers, stars and dates are written for people here; the CSV
 * files keep the plain values. Stateless.
 */
final class ReportPage {

	static final int MONTHS_CHARTED = 36;

	static final int TAGS_CHARTED = 12;

	static final int YEARS_SHOWN = 10;

	static final int LIST_ITEMS = 10;

	/**
	 * Risers and fallers on the page; data/rating_risers.csv and rating_fallers.csv hold
	 * ten each.
	 */
	static final int MOVERS_SHOWN = 5;

	static final int STEPS_SHOWN = 8;

	private ReportPage() {
	}

	static List<PageSection> sections(ReportData data) {
		return List.of(overview(data), history(data), years(data), ratings(data), activity(data), decades(data),
				rewatches(data), tags(data), reviews(data), likes(data), quality(data));
	}

	private static PageSection overview(ReportData data) {
		Totals t = data.totals();
		PageSection.Builder b = PageSection.builder("totals", "At a glance")
			.fact("Films watched", t.filmsWatched())
			.fact("Viewings", t.viewings())
			.fact("Rated films", t.ratedFilms())
			.fact("Reviews", t.reviews())
			.fact("Rewatches", t.rewatches())
			.fact("Watchlist", t.watchlist());
		if (t.firstWatched() != null) {
			b.fact("First viewing", Figures.humanDate(t.firstWatched()))
				.fact("Latest viewing", Figures.humanDate(t.lastWatched()));
		}
		if (t.filmsWatched() == 0 && t.viewings() == 0) {
			b.empty("Nothing imported yet: import a Letterboxd export and the report fills in.");
		}
		return b.build();
	}

	private static PageSection history(ReportData data) {
		RatingHistory h = data.history();
		RatingDrift drift = data.drift();
		PageSection.Builder b = PageSection.builder("history", "Rating history")
			.lead("Every film whose rating changed, with each rating you gave it: in the diary, in a review, in a "
					+ "feed or saved page, and as the current rating of each export. Read a timeline left to right "
					+ "to see why a rating is what it is.")
			.fact("Films whose rating changed", h.changed())
			.fact("Rose", h.rose())
			.fact("Fell", h.fell())
			.fact("Diary rating ≠ current rating", drift.differences());
		if (h.changed() == 0) {
			b.empty(data.ratings().rated() == 0 && drift.ratingsPerYear().isEmpty() ? "No ratings yet."
					: "No rating has changed yet: every film still has the rating you first gave it.");
		}
		h.timelines().forEach(t -> b.timeline(timeline(t, data.oneAccount())));
		b.list(new FilmList("Biggest risers",
				h.risers().stream().limit(MOVERS_SHOWN).map(c -> change(c, data.oneAccount())).toList(),
				"rating_risers"));
		b.list(new FilmList("Biggest fallers",
				h.fallers().stream().limit(MOVERS_SHOWN).map(c -> change(c, data.oneAccount())).toList(),
				"rating_fallers"));
		b.list(new FilmList("Diary vs current rating",
				drift.biggest()
					.stream()
					.limit(MOVERS_SHOWN)
					.map(d -> new Item(d.film().label() + account(d.account(), data.oneAccount()),
							"Diary " + Figures.starGlyphs(d.diaryRating()) + " on " + Figures.humanDate(d.diaryDate())
									+ " · now " + Figures.starGlyphs(d.currentRating()),
							Figures.change(d.delta()) + StarRating.STAR))
					.toList(),
				"diary_vs_current"));
		List<Integer> years = data.activity()
			.years()
			.stream()
			.filter(y -> drift.ratingsPerYear().containsKey(y))
			.toList();
		if (!years.isEmpty()) {
			List<Integer> all = new ArrayList<>();
			for (int y = years.get(0); y <= years.get(years.size() - 1); y++) {
				all.add(y);
			}
			List<Bar> bars = SvgCharts.yearBars(all, all.stream().map(drift::average).toList(),
					all.stream()
						.map(y -> y + ": average " + String.format(java.util.Locale.ROOT, "%.2f", drift.average(y))
								+ StarRating.STAR)
						.toList());
			b.chart("Average rating of the films you watched, per year (rating drift)",
					SvgCharts.columns("Average rating per year watched", bars, 5, 5, false), "rating_by_year_watched");
		}
		return b.tables(List.of(h.tables().get(0), drift.tables().get(1))).build();
	}

	private static Item change(ReportQueries.Change c, boolean oneAccount) {
		return new Item(c.film().label() + account(c.account(), oneAccount),
				Figures.starGlyphs(c.first().halfStars()) + " (" + when(c.first()) + ") → "
						+ Figures.starGlyphs(c.latest().halfStars()) + " (" + when(c.latest()) + ")",
				Figures.change(c.delta()) + StarRating.STAR);
	}

	private static String when(Observation o) {
		return Figures.origin(o.origin()) + (o.date() == null ? "" : ", " + o.date().getYear());
	}

	private static Timeline timeline(RatingHistory.Timeline t, boolean oneAccount) {
		List<SvgCharts.Point> points = new ArrayList<>();
		List<Step> steps = new ArrayList<>();
		Integer previous = null;
		for (Observation o : t.observations()) {
			String date = o.date() == null ? "undated" : Figures.humanDate(o.date());
			points.add(new SvgCharts.Point(o.date(), o.halfStars(), "o-" + o.origin(),
					Figures.starGlyphs(o.halfStars()) + " · " + date + " · " + Figures.origin(o.origin())));
			boolean changed = previous == null || previous != o.halfStars();
			steps.add(new Step(date, Figures.starGlyphs(o.halfStars()), Figures.origin(o.origin()), "o-" + o.origin(),
					changed));
			previous = o.halfStars();
		}
		List<Step> shown = steps.size() <= STEPS_SHOWN ? steps : condense(steps);
		String label = t.film().label() + account(t.account(), oneAccount);
		int delta = t.delta();
		return new Timeline(label,
				Figures.starGlyphs(t.observations().get(0).halfStars()) + " → "
						+ Figures.starGlyphs(t.observations().get(t.observations().size() - 1).halfStars()) + " ("
						+ Figures.change(delta) + StarRating.STAR + ")",
				delta > 0 ? "up" : "down", SvgCharts.timeline("Rating timeline of " + label, points), shown);
	}

	/**
	 * A long timeline as its first step, every change and its last step (at most
	 * {@link #STEPS_SHOWN}).
	 */
	private static List<Step> condense(List<Step> steps) {
		List<Step> kept = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			if (i == 0 || i == steps.size() - 1 || steps.get(i).changed()) {
				kept.add(steps.get(i));
			}
		}
		if (kept.size() > STEPS_SHOWN) {
			List<Step> ends = new ArrayList<>(kept.subList(0, STEPS_SHOWN - 1));
			ends.add(kept.get(kept.size() - 1));
			return ends;
		}
		return kept;
	}

	private static PageSection years(ReportData data) {
		YearInReview y = data.years();
		PageSection.Builder b = PageSection.builder("years", "Year in review")
			.lead("Each year you watched something: how much, what first and last, your best-rated films and every "
					+ "day you watched on the calendar.");
		if (y.years().isEmpty()) {
			b.empty("No dated viewings yet.");
		}
		for (int i = 0; i < Math.min(YEARS_SHOWN, y.years().size()); i++) {
			b.year(yearCard(y.years().get(i), i == 0));
		}
		if (y.years().size() > YEARS_SHOWN) {
			b.fact("Years with viewings", y.years().size());
		}
		List<ReportTable> tables = y.tables();
		return b.build();
	}

	private static YearCard yearCard(YearInReview.Year y, boolean open) {
		List<PageSection.Fact> facts = new ArrayList<>();
		facts.add(new PageSection.Fact("Films", Figures.count(y.films())));
		facts.add(new PageSection.Fact("Viewings", Figures.count(y.viewings())));
		facts.add(new PageSection.Fact("Rewatches", Figures.count(y.rewatches())));
		facts.add(new PageSection.Fact("Reviews written", Figures.count(y.reviews())));
		if (y.busiestMonthViewings() > 1) {
			facts.add(new PageSection.Fact("Busiest month", Figures.month(y.busiestMonth().getMonthValue()) + " · "
					+ Figures.count(y.busiestMonthViewings()) + " viewings"));
		}
		facts.add(new PageSection.Fact("Longest streak", streak(y.streak())));
		if (!y.averageRating().isEmpty()) {
			facts.add(new PageSection.Fact("Average rating", y.averageRating() + StarRating.STAR));
		}
		List<FilmList> lists = new ArrayList<>();
		List<Item> ends = new ArrayList<>();
		if (y.first() != null) {
			ends.add(new Item(y.first().film().label(), "First film · " + Figures.humanDate(y.first().watched()),
					Figures.starGlyphs(y.first().halfStars())));
		}
		if (y.last() != null && y.viewings() > 1) {
			ends.add(new Item(y.last().film().label(), "Last film · " + Figures.humanDate(y.last().watched()),
					Figures.starGlyphs(y.last().halfStars())));
		}
		lists.add(new FilmList("First and last", ends, "year_in_review"));
		lists.add(new FilmList("Highest rated",
				y.topRated()
					.stream()
					.map(f -> new Item(f.film().label(), "Seen " + Figures.humanDate(f.watched()),
							Figures.starGlyphs(f.halfStars())))
					.toList(),
				"year_top_rated"));
		return new YearCard(Integer.toString(y.year()), facts,
				lists.stream().filter(l -> !l.items().isEmpty()).toList(),
				SvgCharts.heatmap("Viewings per day in " + y.year(), y.year(), YearInReview.viewingsByDate(y)), open);
	}

	/** A streak for people: one day is no streak. */
	static String streak(Activity.Streak s) {
		if (s.days() == 0) {
			return "none yet";
		}
		if (s.days() == 1) {
			return "never two days in a row";
		}
		return Figures.days(s.days()) + ", " + Figures.humanDate(s.first()) + " – " + Figures.humanDate(s.last());
	}

	private static PageSection ratings(ReportData data) {
		RatingDistribution r = data.ratings();
		PageSection.Builder b = PageSection.builder("ratings", "Ratings").fact("Rated films", r.rated());
		if (r.rated() == 0) {
			return b.empty("No ratings yet: rate films on Letterboxd and export again.").build();
		}
		b.fact("Average", r.mean() + StarRating.STAR).fact("Median", r.median() + StarRating.STAR);
		List<Bar> bars = new ArrayList<>();
		for (int halfStars = 1; halfStars <= 10; halfStars++) {
			bars.add(new Bar(Figures.halfStarLabel(halfStars), r.count(halfStars), Figures.starGlyphs(halfStars)));
		}
		b.chart("Your current ratings, by half-star", SvgCharts.columns("Current ratings by half-star", bars),
				"rating_distribution");
		b.list(new FilmList("Highest rated", r.highest()
			.stream()
			.limit(12)
			.map(f -> new Item(f.film().label() + account(f.account(), data.oneAccount()),
					f.date() == null ? "" : "Rated " + Figures.humanDate(f.date()), Figures.starGlyphs(f.halfStars())))
			.toList(), "highest_rated"));
		return b.tables(r.tables().subList(0, 1)).build();
	}

	private static PageSection activity(ReportData data) {
		Activity a = data.activity();
		PageSection.Builder b = PageSection.builder("activity", "Activity");
		if (a.perYear().isEmpty()) {
			return b.empty("No dated viewings yet.").build();
		}
		b.fact("Longest streak", streak(a.longestStreak()));
		List<Integer> years = a.years();
		List<Bar> perYear = SvgCharts.yearBars(years,
				years.stream().map(y -> (double) a.perYear().getOrDefault(y, 0L)).toList(),
				years.stream().map(y -> Integer.toString(y)).toList());
		b.chart("Viewings per year", SvgCharts.columns("Viewings per year", perYear), "activity_by_year");
		List<YearMonth> months = a.months();
		List<YearMonth> recent = months.subList(Math.max(0, months.size() - MONTHS_CHARTED), months.size());
		List<Bar> perMonth = new ArrayList<>();
		for (YearMonth m : recent) {
			String label = m.getMonthValue() == 1 || perMonth.isEmpty() && recent.size() < 12
					? Integer.toString(m.getYear()) : null;
			perMonth.add(new Bar(label, a.perMonth().get(m), Figures.month(m.getMonthValue()) + " " + m.getYear()));
		}
		if (recent.size() <= 12) {
			perMonth = recent.stream()
				.map(m -> new Bar(Figures.month(m.getMonthValue()), a.perMonth().get(m),
						Figures.month(m.getMonthValue()) + " " + m.getYear()))
				.toList();
		}
		b.chart(recent.size() == months.size() ? "Viewings per month"
				: "Viewings per month, the last " + recent.size() + " months",
				SvgCharts.columns("Viewings per month", perMonth), "activity_by_month");
		List<Bar> days = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			String name = day.name().charAt(0) + day.name().substring(1, 3).toLowerCase();
			days.add(new Bar(name, a.perDayOfWeek().get(day), name));
		}
		b.chart("Viewings per day of the week", SvgCharts.columns("Viewings per day of the week", days),
				"activity_by_day_of_week");
		return b.tables(a.tables().subList(0, 2)).build();
	}

	/**
	 * {@code ’80s}, or {@code 1980s} when the axis spans a century or more (a film of
	 * 1888 and one of 1985 must not both read {@code ’80s}); the chart leaves out labels
	 * that would touch.
	 */
	static String decadeLabel(int decade, boolean spansACentury) {
		return spansACentury ? decade + "s"
				: "’" + String.format(java.util.Locale.ROOT, "%02d", Math.floorMod(decade, 100)) + "s";
	}

	private static PageSection decades(ReportData data) {
		Decades d = data.decades();
		PageSection.Builder b = PageSection.builder("decades", "Release decades");
		if (d.decades().isEmpty()) {
			return b.empty("No watched films with a release year yet.").build();
		}
		List<Bar> bars = new ArrayList<>();
		int first = d.decades().get(0).decade();
		int last = d.decades().get(d.decades().size() - 1).decade();
		for (int decade = first; decade <= last; decade += 10) {
			int key = decade;
			long films = d.decades().stream().filter(x -> x.decade() == key).mapToLong(Decades.Decade::films).sum();
			bars.add(new Bar(decadeLabel(decade, last - first >= 100), films, decade + "s"));
		}
		b.chart("Watched films by release decade", SvgCharts.columns("Watched films by release decade", bars),
				"decades");
		b.list(new FilmList("Oldest films you watched",
				d.oldest().stream().map(f -> new Item(f.label(), "", "")).toList(), "oldest_films"));
		b.list(new FilmList("Newest films you watched",
				d.newest().stream().map(f -> new Item(f.label(), "", "")).toList(), "newest_films"));
		return b.tables(d.tables().subList(0, 1)).build();
	}

	private static PageSection rewatches(ReportData data) {
		Rewatches r = data.rewatches();
		PageSection.Builder b = PageSection.builder("rewatches", "Rewatches").fact("Films watched again", r.films());
		if (r.films() == 0) {
			return b.empty("No rewatches yet.").build();
		}
		b.list(new FilmList("Most rewatched",
				r.most()
					.stream()
					.limit(LIST_ITEMS)
					.map(x -> new Item(x.film().label() + account(x.account(), data.oneAccount()),
							Figures.humanDate(x.first()) + " – " + Figures.humanDate(x.latest()),
							x.viewings() > 1 ? Figures.count(x.viewings()) + "×" : "logged as a rewatch"))
					.toList(),
				"rewatches"));
		b.list(new FilmList("Rated differently on a rewatch",
				r.biggestChanges()
					.stream()
					.map(x -> new Item(x.film().label() + account(x.account(), data.oneAccount()),
							Figures.starGlyphs(x.first()) + " first → " + Figures.starGlyphs(x.latest()) + " latest",
							Figures.change(x.latest() - x.first()) + StarRating.STAR))
					.toList(),
				"rewatch_rating_changes"));
		return b.tables(r.tables().subList(0, 1)).build();
	}

	private static PageSection tags(ReportData data) {
		Tags t = data.tags();
		PageSection.Builder b = PageSection.builder("tags", "Tags").fact("Distinct tags", t.tags().size());
		if (t.tags().isEmpty()) {
			return b.empty("No tags yet.").build();
		}
		List<Bar> bars = t.tags().stream().limit(TAGS_CHARTED).map(x -> new Bar(x.tag(), x.uses(), x.tag())).toList();
		b.chart("Most used tags (viewings)", SvgCharts.rows("Most used tags", bars), "tags");
		return b.tables(t.tables()).build();
	}

	private static PageSection reviews(ReportData data) {
		Reviews r = data.reviews();
		PageSection.Builder b = PageSection.builder("reviews", "Reviews").fact("Reviews", r.count());
		if (r.count() == 0) {
			return b.empty("No reviews yet.").build();
		}
		b.fact("Words", r.totalWords()).fact("Average words", Figures.count(Long.parseLong(r.averageWords())));
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < Reviews.BUCKETS.size(); i++) {
			String label = i == 0 ? "<" + Reviews.BUCKETS.get(1) : Reviews.BUCKETS.get(i) + "+";
			bars.add(new Bar(label, r.wordsPerBucket().get(i), Reviews.bucketLabel(i) + " words"));
		}
		b.chart("Review length in words", SvgCharts.columns("Review length in words", bars), "review_lengths");
		b.list(new FilmList("Most recent reviews",
				r.mostRecent()
					.stream()
					.map(x -> new Item(x.film().label() + account(x.account(), data.oneAccount()),
							(x.logged() == null ? "" : Figures.humanDate(x.logged()) + " · ")
									+ Reviews.excerpt(x.text(), 160),
							Figures.starGlyphs(x.halfStars())))
					.toList(),
				"recent_reviews"));
		return b.build();
	}

	private static PageSection likes(ReportData data) {
		LikesAndLists l = data.likes();
		PageSection.Builder b = PageSection.builder("likes", "Likes and lists")
			.fact("Liked films", l.likedFilms())
			.fact("Liked reviews", l.likedReviews())
			.fact("Liked lists", l.likedLists())
			.fact("Lists", l.lists());
		if (l.likedFilms() == 0 && l.lists() == 0 && l.likedReviews() == 0 && l.likedLists() == 0) {
			return b.empty("No likes or lists yet.").build();
		}
		if (l.likedFilms() > 0) {
			List<Bar> bars = new ArrayList<>();
			bars.add(new Bar("none", l.liked(0), "not rated"));
			for (int halfStars = 1; halfStars <= 10; halfStars++) {
				bars.add(new Bar(Figures.halfStarLabel(halfStars), l.liked(halfStars), Figures.starGlyphs(halfStars)));
			}
			b.chart("How you rated the films you liked", SvgCharts.columns("Liked films by rating", bars),
					"liked_by_rating");
		}
		b.list(new FilmList("Recently liked", l.recentlyLiked()
			.stream()
			.map(x -> new Item(x.film().label(), x.liked() == null ? "" : "Liked " + Figures.humanDate(x.liked()),
					Figures.starGlyphs(x.halfStars())))
			.toList(), "recently_liked"));
		b.list(new FilmList("Your lists",
				l.newestLists()
					.stream()
					.map(x -> new Item(x.name() + account(x.account(), data.oneAccount()),
							x.created() == null ? "" : "Created " + Figures.humanDate(x.created()),
							Figures.count(x.films()) + (x.films() == 1 ? " film" : " films")))
					.toList(),
				"lists"));
		return b.build();
	}

	private static PageSection quality(ReportData data) {
		DataQuality q = data.quality();
		PageSection.Builder b = PageSection.builder("quality", "Data quality")
			.lead("Rows the import could not use and what the latest import changed. The CSV files in data/ name the "
					+ "file and line of each.")
			.fact("Rejected rows (latest import)", q.rejects())
			.fact("Changes in the latest import", q.latestChanges().size());
		if (data.totals().lastImport() != null) {
			b.fact("Last import", Figures.humanDate(data.totals().lastImport()));
		}
		List<ReportTable> tables = q.tables();
		return b.tables(List.of(tables.get(0), tables.get(1), tables.get(3))).build();
	}

	private static String account(String account, boolean oneAccount) {
		return oneAccount || account == null || account.isEmpty() ? "" : " · " + account;
	}

}
