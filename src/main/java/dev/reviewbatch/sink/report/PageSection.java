package dev.reviewbatch.sink.report;

import java.util.List;

/**
 * One section of the report as the page and the summary show it: figures, charts, per-film timelines and tables,
 * in that order. Text is raw here; each format escapes it. Immutable.
 */
record PageSection(String id, String heading, List<Fact> facts, List<Chart> charts, List<Timeline> timelines,
		List<ReportTable> tables) {

	/** A named figure. */
	record Fact(String label, String value) {
	}

	/** An SVG chart (trusted markup from {@link SvgCharts}) and the data table it draws. */
	record Chart(String caption, String svg, String data) {
	}

	/** The rating timeline of one film: an SVG line and the same steps as text. */
	record Timeline(String label, String svg, String steps) {
	}

	PageSection {
		facts = List.copyOf(facts);
		charts = List.copyOf(charts);
		timelines = List.copyOf(timelines);
		tables = List.copyOf(tables);
	}

	static PageSection of(String id, String heading, List<Fact> facts, List<Chart> charts, List<ReportTable> tables) {
		return new PageSection(id, heading, facts, charts, List.of(), tables);
	}
}
