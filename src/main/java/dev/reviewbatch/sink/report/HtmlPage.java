package dev.reviewbatch.sink.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

/**
 * Renders {@code index.html} from the page sections with the Mustache template {@code report/index.mustache}: one
 * self-contained file with the stylesheet inlined and the charts as inline SVG, no script and nothing fetched.
 * Every text value is HTML-escaped by the template; only the SVG that {@link SvgCharts} drew (which escapes its own
 * labels) and the stylesheet are inserted raw. Thread-safe once built.
 */
final class HtmlPage {

	private static final Mustache TEMPLATE = new DefaultMustacheFactory("report").compile("index.mustache");

	private static final String CSS = resource("/report/report.css");

	/** One table as the page shows it: the film key column is left out (it is in the CSV). */
	record TableView(String heading, String data, List<String> columns, List<Row> rows, String note) {

		boolean empty() {
			return rows.isEmpty();
		}
	}

	/** A row of cells. */
	record Row(List<Cell> cells) {
	}

	/** A cell and its CSS class: {@code num} (aligned right), {@code date} (never wrapped) or {@code text}. */
	record Cell(String text, String kind) {
	}

	private HtmlPage() {
	}

	static String render(String generatedLine, List<PageSection> sections) {
		StringWriter out = new StringWriter();
		TEMPLATE.execute(out, new Scope(generatedLine, CSS, sections.stream().map(SectionView::of).toList()));
		return out.toString();
	}

	/** The template's root scope. */
	record Scope(String generatedLine, String css, List<SectionView> sections) {
	}

	/** One section as the template sees it. */
	record SectionView(String id, String heading, List<PageSection.Fact> facts, List<PageSection.Chart> charts,
			List<PageSection.Timeline> timelines, List<TableView> tables) {

		static SectionView of(PageSection section) {
			return new SectionView(section.id(), section.heading(), section.facts(), section.charts(),
					section.timelines(), section.tables().stream().map(HtmlPage::table).toList());
		}

		boolean hasFacts() {
			return !facts.isEmpty();
		}

		boolean hasTimelines() {
			return !timelines.isEmpty();
		}
	}

	static TableView table(ReportTable table) {
		int hidden = table.columns().indexOf("film_key");
		List<String> columns = without(table.columns(), hidden).stream().map(c -> c.replace('_', ' ')).toList();
		List<Row> rows = table.shown().stream()
			.map(row -> new Row(without(row, hidden).stream().map(HtmlPage::cell).toList()))
			.toList();
		return new TableView(table.heading(), table.name(), columns, rows, TableNotes.of(table));
	}

	private static Cell cell(String text) {
		if (text.matches("[+-]?\\d+(\\.\\d+)?")) {
			return new Cell(text, "num");
		}
		return new Cell(text, text.matches("\\d{4}-\\d{2}(-\\d{2})?") ? "date" : "text");
	}

	private static <T> List<T> without(List<T> values, int index) {
		if (index < 0) {
			return values;
		}
		List<T> copy = new java.util.ArrayList<>(values);
		copy.remove(index);
		return copy;
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
