package dev.reviewbatch.jobfile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One mapping of a job file with typed lookups that name the file and the (dotted) key
 * when a value is missing or of the wrong type. The "may be absent" lookups take a
 * default; {@code required…} ones throw.
 */
final class YamlMap {

	private final Path file;

	private final String prefix;

	private final Map<String, Object> values;

	YamlMap(Path file, String prefix, Map<String, Object> values) {
		this.file = file;
		this.prefix = prefix;
		this.values = values;
	}

	Path file() {
		return file;
	}

	boolean has(String key) {
		return values.containsKey(key);
	}

	Set<String> keys() {
		return new TreeSet<>(values.keySet());
	}

	JobFileException error(String key, String reason) {
		return new JobFileException(file, prefix + key, reason);
	}

	void requireOnly(Set<String> known, String hint) throws JobFileException {
		for (Object key : values.keySet()) {
			if (!(key instanceof String name) || !known.contains(name)) {
				throw error(String.valueOf(key), "unknown key; " + hint);
			}
		}
	}

	String string(String key, String absent) throws JobFileException {
		Object value = values.get(key);
		if (value == null) {
			return absent;
		}
		if (value instanceof String || value instanceof Number) {
			return value.toString();
		}
		throw error(key, "expected text, found " + describe(value));
	}

	String requiredString(String key, String expected) throws JobFileException {
		String value = string(key, null);
		if (value == null || value.isBlank()) {
			throw error(key, "missing; expected " + expected);
		}
		return value.strip();
	}

	boolean bool(String key, boolean absent) throws JobFileException {
		Object value = values.get(key);
		if (value == null) {
			return absent;
		}
		if (value instanceof Boolean b) {
			return b;
		}
		throw error(key, "expected true or false, found " + describe(value));
	}

	int integer(String key, int absent, int min) throws JobFileException {
		Object value = values.get(key);
		if (value == null) {
			return absent;
		}
		if (value instanceof Integer i && i >= min) {
			return i;
		}
		throw error(key, "expected a whole number of at least " + min + ", found " + describe(value));
	}

	/** A list of texts; a single text counts as a list of one. */
	List<String> strings(String key) throws JobFileException {
		Object value = values.get(key);
		if (value == null) {
			return List.of();
		}
		List<?> items = value instanceof List<?> list ? list : List.of(value);
		List<String> texts = new ArrayList<>();
		for (Object item : items) {
			if (!(item instanceof String text) || text.isBlank()) {
				throw error(key, "expected a list of paths or URLs, found " + describe(item));
			}
			texts.add(text.strip());
		}
		return texts;
	}

	/** The nested mapping under {@code key}; an empty one when absent. */
	YamlMap map(String key) throws JobFileException {
		Object value = values.get(key);
		if (value == null) {
			return new YamlMap(file, prefix + key + ".", Map.of());
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw error(key, "expected keys (key: value lines, indented), found " + describe(value));
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> nested = (Map<String, Object>) map;
		return new YamlMap(file, prefix + key + ".", nested);
	}

	static String describe(Object value) {
		if (value == null) {
			return "nothing";
		}
		if (value instanceof Map<?, ?>) {
			return "a mapping";
		}
		if (value instanceof List<?>) {
			return "a list";
		}
		if (value instanceof Boolean) {
			return "true/false (" + value + ")";
		}
		if (value instanceof Number) {
			return "a number (" + value + ")";
		}
		return "\"" + value + "\"";
	}

}
