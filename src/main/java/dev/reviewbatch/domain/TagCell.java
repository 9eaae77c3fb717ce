package dev.reviewbatch.domain;

import java.util.List;

/**
 * The one cell form of a tag list, as Letterboxd's {@code Tags} column and the store
 * write it: the tags joined with {@code ", "}, empty for none. The tags are those of a
 * domain record, already cleaned by the normalizer (trimmed, none blank); null and blank
 * entries are still left out. Stateless.
 */
public final class TagCell {

	/** What joins two tags in a cell. */
	public static final String SEPARATOR = ", ";

	private TagCell() {
	}

	public static String of(List<String> tags) {
		if (tags == null || tags.isEmpty()) {
			return "";
		}
		StringBuilder cell = new StringBuilder();
		for (String tag : tags) {
			if (tag != null && !tag.isBlank()) {
				if (cell.length() > 0) {
					cell.append(SEPARATOR);
				}
				cell.append(tag);
			}
		}
		return cell.toString();
	}

}
