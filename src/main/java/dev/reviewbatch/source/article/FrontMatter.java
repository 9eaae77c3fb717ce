package dev.reviewbatch.source.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * The front matter of a Markdown file, read as flat strings, in either syntax static-site
 * generators write:
 * <ul>
 * <li>YAML between {@code ---} lines (Jekyll, Hugo): {@code key: value} lines, keys
 * lower-cased, values stripped of one pair of wrapping quotes. Nested YAML, lists and
 * multi-line values are not read (their lines are skipped).</li>
 * <li>TOML between {@code +++} lines (Hugo, Zola), parsed with Jackson's TOML module:
 * every value, tables flattened to dotted keys ({@code [extra.movie] rating = 9} and
 * {@code extra.movie.rating = 9} are both {@code extra.movie.rating} → {@code "9"}), keys
 * lower-cased, arrays joined with {@code ", "}, dates as written
 * ({@code 2024-05-01}).</li>
 * </ul>
 * {@link #problem()} says why the front matter is unusable (never closed, not valid
 * TOML). Immutable.
 */
final class FrontMatter {

	static final String FENCE = "---";

	static final String TOML_FENCE = "+++";

	static final String UNCLOSED = "the front matter opens with --- but never closes (truncated file?)";

	static final String TOML_UNCLOSED = "the TOML front matter opens with +++ but never closes (truncated file?)";

	private static final String END_FENCE = "...";

	private static final TomlMapper TOML = new TomlMapper();

	private final Map<String, String> values;

	private final String body;

	private final String problem;

	private FrontMatter(Map<String, String> values, String body, String problem) {
		this.values = Map.copyOf(values);
		this.body = body;
		this.problem = problem;
	}

	/**
	 * Splits {@code text} (LF line ends) into front matter and body; text without front
	 * matter has none.
	 */
	static FrontMatter split(String text) {
		if (text.startsWith(TOML_FENCE + "\n")) {
			return toml(text);
		}
		if (!text.startsWith(FENCE + "\n")) {
			return new FrontMatter(Map.of(), text, null);
		}
		Map<String, String> values = new LinkedHashMap<>();
		int at = FENCE.length() + 1;
		while (at < text.length()) {
			int end = text.indexOf('\n', at);
			String line = (end < 0 ? text.substring(at) : text.substring(at, end)).stripTrailing();
			int next = end < 0 ? text.length() : end + 1;
			if (line.equals(FENCE) || line.equals(END_FENCE)) {
				return new FrontMatter(values, text.substring(next), null);
			}
			put(values, line);
			at = next;
		}
		return new FrontMatter(values, "", UNCLOSED);
	}

	/** The value, or null when absent or blank. */
	String valueOf(String key) {
		return values.get(key);
	}

	/** The first of {@code keys} that has a value, or null. */
	String firstOf(List<String> keys) {
		for (String key : keys) {
			if (values.containsKey(key)) {
				return values.get(key);
			}
		}
		return null;
	}

	/** The text after the front matter. */
	String body() {
		return body;
	}

	/** False when the front matter opens and never closes (a truncated file). */
	boolean closed() {
		return problem != UNCLOSED && problem != TOML_UNCLOSED;
	}

	/** Why the front matter cannot be used (never closed, not valid TOML), or null. */
	String problem() {
		return problem;
	}

	private static FrontMatter toml(String text) {
		int start = TOML_FENCE.length() + 1;
		int at = start;
		while (at < text.length()) {
			int end = text.indexOf('\n', at);
			String line = (end < 0 ? text.substring(at) : text.substring(at, end)).stripTrailing();
			int next = end < 0 ? text.length() : end + 1;
			if (line.equals(TOML_FENCE)) {
				return tomlValues(text.substring(start, at), text.substring(next));
			}
			at = next;
		}
		return new FrontMatter(Map.of(), "", TOML_UNCLOSED);
	}

	private static FrontMatter tomlValues(String toml, String body) {
		try {
			Map<String, String> values = new LinkedHashMap<>();
			flatten("", TOML.readTree(toml), values);
			return new FrontMatter(values, body, null);
		}
		catch (JacksonException ex) {
			return new FrontMatter(Map.of(), body, "the TOML front matter is not valid TOML: "
					+ ex.getOriginalMessage().lines().findFirst().orElse("").strip());
		}
	}

	private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				String key = prefix + field.getKey().strip().toLowerCase(Locale.ROOT);
				flatten(key + ".", field.getValue(), values);
			}
			return;
		}
		String key = prefix.substring(0, prefix.length() - 1);
		String value;
		if (node.isArray()) {
			StringJoiner joined = new StringJoiner(", ");
			node.forEach(item -> joined.add(item.asString().strip()));
			value = joined.toString();
		}
		else {
			value = node.asString().strip();
		}
		if (!value.isEmpty()) {
			values.putIfAbsent(key, value);
		}
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
