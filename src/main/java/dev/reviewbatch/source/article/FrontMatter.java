package dev.reviewbatch.source.article;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The YAML front matter of a Markdown file ({@code ---} lines around {@code key: value} lines), read as flat
 * strings: keys lower-cased, values stripped of one pair of wrapping quotes. Nested YAML, lists and multi-line
 * values are not read (their lines are skipped). Immutable.
 */
final class FrontMatter {

	static final String FENCE = "---";

	private static final String END_FENCE = "...";

	private final Map<String, String> values;

	private final String body;

	private final boolean closed;

	private FrontMatter(Map<String, String> values, String body, boolean closed) {
		this.values = Map.copyOf(values);
		this.body = body;
		this.closed = closed;
	}

	/** Splits {@code text} (LF line ends) into front matter and body; text without front matter has none. */
	static FrontMatter split(String text) {
		if (!text.startsWith(FENCE + "\n")) {
			return new FrontMatter(Map.of(), text, true);
		}
		Map<String, String> values = new LinkedHashMap<>();
		int at = FENCE.length() + 1;
		while (at < text.length()) {
			int end = text.indexOf('\n', at);
			String line = (end < 0 ? text.substring(at) : text.substring(at, end)).stripTrailing();
			int next = end < 0 ? text.length() : end + 1;
			if (line.equals(FENCE) || line.equals(END_FENCE)) {
				return new FrontMatter(values, text.substring(next), true);
			}
			put(values, line);
			at = next;
		}
		return new FrontMatter(values, "", false);
	}

	/** The value, or null when absent or blank. */
	String valueOf(String key) {
		return values.get(key);
	}

	/** The text after the front matter. */
	String body() {
		return body;
	}

	/** False when the front matter opens with {@code ---} and never closes (a truncated file). */
	boolean closed() {
		return closed;
	}

	private static void put(Map<String, String> values, String line) {
		int colon = line.indexOf(':');
		if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
			return;
		}
		String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
		String value = unquote(line.substring(colon + 1).strip());
		if (!value.isEmpty()) {
			values.putIfAbsent(key, value);
		}
	}

	private static String unquote(String value) {
		if (value.length() >= 2) {
			char first = value.charAt(0);
			if ((first == '"' || first == '\'') && value.charAt(value.length() - 1) == first) {
				return value.substring(1, value.length() - 1);
			}
		}
		return value;
	}
}
