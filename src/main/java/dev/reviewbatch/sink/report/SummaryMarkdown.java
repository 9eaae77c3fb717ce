package dev.reviewbatch.sink.report;

import java.util.List;

/**
 * Renders {@code summary.md}: the page's facts and tables as Markdown for terminals and
 * diffs, with the same rows the page shows. Cells are flattened to one line and
 * Markdown-escaped. Stateless.
 */
final class SummaryMarkdown {

	private SummaryMarkdown() {
	}

	static String render(String generatedLine, List<PageSection> sections) {
		StringBuilder md = new StringBuilder("# Film diary report\n\n").append(generatedLine).append("\n");
		for (PageSection section : sections) {
			md.append("\n## ").append(section.heading()).append("\n\n");
			facts(md, section.facts());
			if (!section.emptyState().isEmpty()) {
				md.append(Markup.markdownCell(section.emptyState())).append("\n\n");
			}
			if (!section.timelines().isEmpty()) {
				md.append("### Timelines\n\n");
				section.timelines()
					.forEach(t -> md.append("- ")
						.append(Markup.markdownCell(t.label()))
						.append(": ")
						.append(Markup.markdownCell(String.join(" → ",
								t.steps()
									.stream()
									.map(s -> s.stars() + " (" + s.date() + ", " + s.kind() + ")")
									.toList())))
						.append("\n"));
				md.append("\n");
			}
			section.lists().forEach(list -> list(md, list, "### "));
			for (PageSection.YearCard year : section.years()) {
				md.append("### ").append(year.year()).append("\n\n");
				facts(md, year.facts());
				year.lists().forEach(list -> list(md, list, "#### "));
			}
			section.tables().forEach(table -> table(md, table));
		}
		return md.toString();
	}

	private static void facts(StringBuilder md, List<PageSection.Fact> facts) {
		facts.forEach(fact -> md.append("- ")
			.append(fact.label())
			.append(": ")
			.append(Markup.markdownCell(fact.value()))
			.append("\n"));
		if (!facts.isEmpty()) {
			md.append("\n");
		}
	}

	private static void list(StringBuilder md, PageSection.FilmList list, String heading) {
		md.append(heading).append(list.heading()).append("\n\n");
		list.items()
			.forEach(item -> md.append("- ")
				.append(Markup.markdownCell(item.title()))
				.append(item.badge().isEmpty() ? "" : " " + Markup.markdownCell(item.badge()))
				.append(item.detail().isEmpty() ? "" : ": " + Markup.markdownCell(item.detail()))
				.append("\n"));
		md.append("\n");
	}

	private static void table(StringBuilder md, ReportTable table) {
		md.append("### ").append(table.heading()).append("\n\n");
		if (table.isEmpty()) {
			md.append("None.\n\n");
			return;
		}
		if (!table.shown().isEmpty()) {
			int hidden = table.columns().indexOf("film_key");
			row(md, table.columns(), hidden);
			md.append("|");
			for (int i = 0; i < table.columns().size(); i++) {
				if (i != hidden) {
					md.append(" --- |");
				}
			}
			md.append("\n");
			table.shown().forEach(row -> row(md, row, hidden));
			md.append("\n");
		}
		String note = TableNotes.of(table);
		md.append(note.isEmpty() ? "Data: " : note).append("data/").append(table.name()).append(".csv\n\n");
	}

	private static void row(StringBuilder md, List<String> cells, int hidden) {
		md.append("|");
		for (int i = 0; i < cells.size(); i++) {
			if (i != hidden) {
				md.append(" ").append(Markup.markdownCell(cells.get(i))).append(" |");
			}
		}
		md.append("\n");
	}

}
