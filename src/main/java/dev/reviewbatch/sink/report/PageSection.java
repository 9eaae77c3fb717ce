package dev.reviewbatch.sink.report;

import java.util.List;

/**
 * One section of the report as the page and the summary show it, in this order: a lead
 * sentence, figures, an empty-state line (when the section has nothing to show yet),
 * charts, per-film rating timelines, lists of films, year cards and tables (behind a
 * disclosure on the page). Text is raw here; each format escapes it. Immutable.
 */
record PageSection(String id, String heading, String lead, List<Fact> facts, String emptyState, List<Chart> charts,
		List<Timeline> timelines, List<FilmList> lists, List<YearCard> years, List<ReportTable> tables) {

	/** A named figure. */
	record Fact(String label, String value) {

		/**
		 * A value too long for the big figure type (a date range, a sentence): the page
		 * sets it smaller and wider.
		 */
		boolean isLong() {
			return value.codePointCount(0, value.length()) > 12;
		}
	}

	/**
	 * An SVG chart (trusted markup from {@link SvgCharts}), its caption and the data file
	 * it draws.
	 */
	record Chart(String caption, String svg, String data) {
	}

	/**
	 * One observation of a film's rating, in words. {@code changed} when the rating took
	 * a new value.
	 */
	record Step(String date, String stars, String kind, String cssKind, boolean changed) {
	}

	/**
	 * The rating timeline of one film: the change in words, an SVG of it and every
	 * observation.
	 */
	record Timeline(String label, String change, String direction, String svg, List<Step> steps) {
	}

	/**
	 * A film in a list: its title, a detail line and a short badge (a rating, a count).
	 */
	record Item(String title, String detail, String badge) {
	}

	/** A short list of films or things with a heading; {@code data} names its CSV. */
	record FilmList(String heading, List<Item> items, String data) {
	}

	/**
	 * One year in review: figures, lists and the calendar heatmap; the newest is open.
	 */
	record YearCard(String year, List<Fact> facts, List<FilmList> lists, String heatmap, boolean open) {
	}

	PageSection {
		facts = List.copyOf(facts);
		charts = List.copyOf(charts);
		timelines = List.copyOf(timelines);
		lists = List.copyOf(lists);
		years = List.copyOf(years);
		tables = List.copyOf(tables);
	}

	static Builder builder(String id, String heading) {
		return new Builder(id, heading);
	}

	/** Collects a section's parts; not thread-safe. */
	static final class Builder {

		private final String id;

		private final String heading;

		private String lead = "";

		private String emptyState = "";

		private final java.util.ArrayList<Fact> facts = new java.util.ArrayList<>();

		private final java.util.ArrayList<Chart> charts = new java.util.ArrayList<>();

		private final java.util.ArrayList<Timeline> timelines = new java.util.ArrayList<>();

		private final java.util.ArrayList<FilmList> lists = new java.util.ArrayList<>();

		private final java.util.ArrayList<YearCard> years = new java.util.ArrayList<>();

		private final java.util.ArrayList<ReportTable> tables = new java.util.ArrayList<>();

		private Builder(String id, String heading) {
			this.id = id;
			this.heading = heading;
		}

		Builder lead(String text) {
			lead = text;
			return this;
		}

		Builder empty(String text) {
			emptyState = text;
			return this;
		}

		Builder fact(String label, String value) {
			facts.add(new Fact(label, value));
			return this;
		}

		Builder fact(String label, long value) {
			return fact(label, Figures.count(value));
		}

		Builder chart(String caption, String svg, String data) {
			charts.add(new Chart(caption, svg, data));
			return this;
		}

		Builder timeline(Timeline timeline) {
			timelines.add(timeline);
			return this;
		}

		Builder list(FilmList list) {
			if (!list.items().isEmpty()) {
				lists.add(list);
			}
			return this;
		}

		Builder year(YearCard card) {
			years.add(card);
			return this;
		}

		Builder tables(List<ReportTable> more) {
			tables.addAll(more);
			return this;
		}

		PageSection build() {
			return new PageSection(id, heading, lead, facts, emptyState, charts, timelines, lists, years, tables);
		}

	}
}
