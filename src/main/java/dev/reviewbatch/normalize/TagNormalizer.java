package dev.reviewbatch.normalize;

import java.util.ArrayList;
import java.util.List;

import dev.reviewbatch.domain.TagCell;

/**
 * Letterboxd {@code Tags} cells ↔ tag lists. A cell joins tags with {@code ", "}; tags
 * keep their case, order, spaces and symbols ({@code XD}, {@code w/ kyle},
 * {@code @ theatre}).
 * <p>
 * Never throws for a cell; lists returned are unmodifiable. Known limit: a tag containing
 * a comma cannot be represented in the cell format. Stateless and thread-safe.
 */
public final class TagNormalizer {

	private TagNormalizer() {
	}

	/**
	 * The tags in the cell: split on commas, trimmed, blanks dropped; empty for a blank
	 * or null cell.
	 */
	public static List<String> split(String raw) {
		if (raw == null || raw.isEmpty()) {
			return List.of();
		}
		List<String> tags = new ArrayList<>();
		int from = 0;
		while (from <= raw.length()) {
			int comma = raw.indexOf(',', from);
			int to = comma < 0 ? raw.length() : comma;
			String tag = TextCleaning.trim(raw.substring(from, to));
			if (!tag.isEmpty()) {
				tags.add(tag);
			}
			from = to + 1;
		}
		return List.copyOf(tags);
	}

	/**
	 * The cell for the tags ({@link TagCell}): each trimmed, null and blank tags left
	 * out.
	 */
	public static String join(List<String> tags) {
		return tags == null ? ""
				: TagCell.of(tags.stream().map(tag -> tag == null ? "" : TextCleaning.trim(tag)).toList());
	}

}
