package dev.reviewbatch.source.html;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Turns a diary entry's {@code data-tags} attribute, a JSON array of strings
 * ({@code [ "a24", "on netflix" ]}), into the export's comma-joined {@code Tags} text.
 * Stateless and thread-safe.
 */
final class TagList {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String SEPARATOR = ", ";

	private TagList() {
	}

	/**
	 * The tags joined with {@code ", "}, in the page's order; null when there are none. A
	 * value that is not a JSON array is returned as found, for normalize to judge.
	 */
	static String join(String attribute) {
		if (attribute == null || attribute.isBlank()) {
			return null;
		}
		List<String> tags = new ArrayList<>();
		try {
			JsonNode array = JSON.readTree(attribute);
			if (!array.isArray()) {
				return attribute.strip();
			}
			for (JsonNode tag : array) {
				String value = tag.asString().strip();
				if (!value.isEmpty()) {
					tags.add(value);
				}
			}
		}
		catch (JacksonException ex) {
			return attribute.strip();
		}
		return tags.isEmpty() ? null : String.join(SEPARATOR, tags);
	}

}
