package dev.reviewbatch.sink.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

import dev.reviewbatch.domain.StarRating;

/**
 * Renders {@code index.html} from the page sections with the Mustache template
 * {@code report/index.mustache}: one self-contained file with the stylesheet inlined and
 * the charts as inline SVG, no script and nothing fetched. Every text value is
 * HTML-escaped by the template; only the SVG that {@link SvgCharts} drew (which escapes
 * its own labels) and the stylesheet are inserted raw. Thread-safe once built.
 */
final class HtmlPage {

	private static final Mustache TEMPLATE = new DefaultMustacheFactory("report").compile("index.mustache");

	private static final String CSS = resource("/report/report.css");

	/**
	 * One table as the page shows it: internal columns left out, cells written for
	 * people.
	 */
	record TableView(String heading, String data, List<String> columns, List<Row> rows, String note, String summary) {

		boolean empty() {
			return rows.isEmpty();
		}
	}

	/** A row of cells. */
	record Row(List<Cell> cells) {
	}

	/**
	 * A cell, its CSS class ({@code num} aligned right, {@code date} never wrapped, or
	 * {@code text}) and its column.
	 */
	record Cell(String text, String kind, String column) {
	}

	/** Columns the page never shows: keys, run ids and provenance stay in data/. */
	static final Set<String> INTERNAL = Set.of("film_key", "run_id", "source", "first_source", "latest_source", "input",
			"origin");

	private HtmlPage() {
	}

	static String render(String generatedLine, List<PageSection> sections, boolean oneAccount) {
		StringWriter out = new StringWriter();
		TEMPLATE.execute(out,
				new Scope(generatedLine, CSS, sections.stream().map(s -> SectionView.of(s, oneAccount)).toList()));
		return out.toString();
	}

	/** The template's root scope. */
	record Scope(String generatedLine, String css, List<SectionView> sections) {
	}

	/** One section as the template sees it. */
	record SectionView(String id, String heading, String lead, List<PageSection.Fact> facts, String emptyState,
			List<PageSection.Chart> charts, List<PageSection.Timeline> timelines, List<PageSection.FilmList> lists,
			List<PageSection.YearCard> years, List<TableView> tables) {

		static SectionView of(PageSection section, boolean oneAccount) {
			return new SectionView(section.id(), section.heading(), section.lead(), section.facts(),
					section.emptyState(), section.charts(), section.timelines(), section.lists(), section.years(),
					section.tables().stream().filter(t -> !t.isEmpty()).map(t -> table(t, oneAccount)).toList());
		}

		boolean hasFacts() {
			return !facts.isEmpty();
		}

		boolean hasLead() {
			return !lead.isEmpty();
		}

		boolean hasEmptyState() {
			return !emptyState.isEmpty();
		}

		boolean hasTimelines() {
			return !timelines.isEmpty();
		}

		boolean hasCharts() {
			return !charts.isEmpty();
		}

		boolean hasLists() {
			return !lists.isEmpty();
		}

		/** Charts and lists share one grid of cards. */
		boolean hasCards() {
			return !charts.isEmpty() || !lists.isEmpty();
		}
	}

	static TableView table(ReportTable table, boolean oneAccount) {
		List<Integer> shown = new ArrayList<>();
		for (int i = 0; i < table.columns().size(); i++) {
			String column = table.columns().get(i);
			if (!INTERNAL.contains(column) && !(oneAccount && column.equals("account"))) {
				shown.add(i);
			}
		}
		List<String> columns = shown.stream().map(i -> header(table.columns().get(i))).toList();
		List<Row> rows = table.shown()
			.stream()
			.map(row -> new Row(shown.stream().map(i -> cell(table.columns().get(i), row.get(i))).toList()))
			.toList();
		String summary = table.truncated()
				? "Table: the first " + Figures.count(table.shown().size()) + " of " + Figures.count(table.totalRows())
						+ " rows"
				: "Table: " + Figures.count(table.totalRows()) + (table.totalRows() == 1 ? " row" : " rows");
		return new TableView(table.heading(), table.name(), columns, rows, TableNotes.of(table), summary);
	}

	/** {@code first_rating} → {@code First rating}. */
	static String header(String column) {
		String words = column.replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/**
	 * A cell as people read it: star glyphs for ratings, dates spelled out, counts with
	 * thousands separators.
	 */
	static Cell cell(String column, String text) {
		String label = header(column);
		if (text.isEmpty()) {
			return new Cell("", "text", label);
		}
		if (column.equals("average_rating")) {
			return new Cell(text + StarRating.STAR, "num", label);
		}
		if (column.endsWith("rating") && text.matches("\\d\\.[05]")) {
			return new Cell(Figures.starGlyphs((int) Math.round(Double.parseDouble(text) * 2)), "stars", label);
		}
		if (column.equals("change") || column.equals("difference")) {
			return new Cell(text + StarRating.STAR, "num", label);
		}
		if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return new Cell(Figures.humanDate(java.time.LocalDate.parse(text)), "date", label);
		}
		if (text.matches("\\d{4}-\\d{2}")) {
			java.time.YearMonth month = java.time.YearMonth.parse(text);
			return new Cell(Figures.month(month.getMonthValue()) + " " + month.getYear(), "date", label);
		}
		if (text.matches("\\d+") && !column.equals("year") && !column.endsWith("_year")) {
			return new Cell(Figures.count(Long.parseLong(text)), "num", label);
		}
		if (text.matches("[+-]?\\d+(\\.\\d+)?")) {
			return new Cell(text, "num", label);
		}
		return new Cell(text, "text", label);
	}

	private static String resource(String name) {
		try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
