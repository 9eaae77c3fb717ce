package dev.reviewbatch.sink.summary;

import java.util.Locale;
import java.util.stream.Collectors;

import dev.reviewbatch.store.RunLedger.Change;
import dev.reviewbatch.store.RunLedger.FileCounts;

/**
 * Formats a {@link RunSummary} as the plain-text table printed at the end of a run.
 * Stateless.
 */
public final class RunSummaryText {

	private RunSummaryText() {
	}

	public static String format(RunSummary summary) {
		StringBuilder out = new StringBuilder();
		FileCounts total = summary.total();
		out.append(String.format(Locale.ROOT, "Import run %d of %s%s: %s in %.1f s%n", summary.runId(), summary.input(),
				summary.account().isEmpty() ? "" : " (account " + summary.account() + ")", summary.status(),
				summary.elapsed().toMillis() / 1000.0));
		int width = Math.max(24, summary.files().stream().mapToInt(f -> f.source().length()).max().orElse(0) + 2);
		String row = "%-" + width + "s %9s %9s %9s %9s %9s  %s%n";
		out.append(String.format(Locale.ROOT, row, "file", "read", "new", "unchanged", "updated", "rejected", "check"));
		for (FileCounts file : summary.files()) {
			out.append(line(row, file));
		}
		out.append(line(row, total));
		out.append(summary.reconciles() ? "Check: for every file, read = new + unchanged + updated + rejected.\n"
				: "CHECK FAILED: some file's rows do not add up (see the rows marked MISMATCH).\n");
		out.append(String.format(Locale.ROOT, "%,d new, %,d updated, %,d unchanged, %,d rejected", total.created(),
				total.updated(), total.unchanged(), total.rejected()));
		summary.changeCounts()
			.entrySet()
			.stream()
			.sorted(java.util.Map.Entry.comparingByKey())
			.forEach(e -> out
				.append(String.format(Locale.ROOT, ", %,d %s", e.getValue(), e.getKey().replace('_', ' '))));
		out.append('\n');
		for (Change change : summary.changes()) {
			out.append("  ").append(change.category().replace('_', ' ')).append(": ").append(change.subject());
			if (change.detail() != null) {
				out.append(" (").append(change.detail()).append(')');
			}
			out.append('\n');
		}
		if (!summary.ignoredFiles().isEmpty()) {
			out.append("Not part of an export, ignored: ")
				.append(String.join(", ", summary.ignoredFiles()))
				.append('\n');
		}
		if (!summary.phases().isEmpty()) {
			out.append("Phases: ").append(phases(summary)).append('\n');
		}
		if (total.rejected() > 0) {
			out.append("Rejected rows, with file, line and reason: ")
				.append(summary.outputFolder())
				.append("/rejects.csv\n");
		}
		return out.toString();
	}

	/** E.g. {@code import rows 30.2 s, write clean files 10.3 s, write report 5.1 s}. */
	private static String phases(RunSummary summary) {
		return summary.phases()
			.stream()
			.map(p -> String.format(Locale.ROOT, "%s %.1f s", p.name().replace('_', ' '), p.wall().toMillis() / 1000.0))
			.collect(Collectors.joining(", "));
	}

	private static String line(String row, FileCounts f) {
		return String.format(Locale.ROOT, row, f.source(), f.read(), f.created(), f.unchanged(), f.updated(),
				f.rejected(), f.reconciles() ? "ok" : "MISMATCH");
	}

}
