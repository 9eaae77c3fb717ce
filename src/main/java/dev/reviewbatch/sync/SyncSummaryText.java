package dev.reviewbatch.sync;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Formats a {@link SyncSummary} for people: one line per feed and inbox file, then what
 * changed. Stateless.
 */
public final class SyncSummaryText {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.systemDefault());

	private SyncSummaryText() {
	}

	public static String format(SyncSummary summary) {
		StringBuilder text = new StringBuilder();
		text.append("Sync ").append(summary.syncId());
		if (summary.previousSync() > 0) {
			text.append(" (previous: sync ")
				.append(summary.previousSync())
				.append(" at ")
				.append(WHEN.format(summary.previousFinished()))
				.append(')');
		}
		text.append('\n');
		section(text, "Feeds", summary.feeds(), "none configured");
		section(text, "Inbox", summary.inbox(), "nothing new");
		if (summary.stopped()) {
			text.append("Stopped on request; the rest waits for the next sync.\n");
		}
		text.append(since(summary)).append('\n');
		return text.toString();
	}

	private static void section(StringBuilder text, String title, List<ItemResult> items, String empty) {
		text.append(title).append(':');
		if (items.isEmpty()) {
			text.append(' ').append(empty).append('\n');
			return;
		}
		text.append('\n');
		for (ItemResult item : items) {
			text.append("  ").append(item.name()).append(": ").append(item.detail()).append('\n');
		}
	}

	/**
	 * E.g. "Since the previous sync: 3 new viewings, 1 rating changed, 0 reviews edited,
	 * 0 gone (2 import runs)".
	 */
	static String since(SyncSummary summary) {
		SinceLastSync since = summary.since();
		Map<String, Long> others = new TreeMap<>(since.changes());
		others.keySet().removeAll(List.of("rating_changed", "review_edited", "gone"));
		StringBuilder text = new StringBuilder(
				summary.previousSync() > 0 ? "Since the previous sync: " : "Since the store began (first sync): ");
		text.append(since.newViewings())
			.append(" new viewings, ")
			.append(since.count("rating_changed"))
			.append(" ratings changed, ")
			.append(since.count("review_edited"))
			.append(" reviews edited, ")
			.append(since.count("gone"))
			.append(" gone");
		others.forEach(
				(category, count) -> text.append(", ").append(count).append(' ').append(category.replace('_', ' ')));
		return text.append(" (").append(since.importRuns()).append(" import runs)").toString();
	}

}
