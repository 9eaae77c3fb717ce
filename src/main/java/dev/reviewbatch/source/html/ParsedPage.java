package dev.reviewbatch.source.html;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.RawRow;

/**
 * What a saved page held: its kind, its rows, and page-level fields that belong to no row
 * (a film page's {@code Name}, {@code Year}, {@code Letterboxd URI},
 * {@code Average Rating}, {@code Film ID}, {@code TMDb ID}).
 * <p>
 * Immutable; {@code rows} may be empty (a film page without reviews), {@code pageFields}
 * too.
 */
public record ParsedPage(PageKind kind, List<RawRow> rows, Map<Field, String> pageFields) {

	public ParsedPage {
		if (kind == null) {
			throw new IllegalArgumentException("a parsed page needs a kind");
		}
		rows = List.copyOf(rows);
		EnumMap<Field, String> copy = new EnumMap<>(Field.class);
		copy.putAll(pageFields);
		pageFields = Collections.unmodifiableMap(copy);
	}

	public ParsedPage(PageKind kind, List<RawRow> rows) {
		this(kind, rows, Map.of());
	}

	/** A page-level field's value, or {@code null} when the page does not give it. */
	public String valueOf(Field field) {
		String value = pageFields.get(field);
		return value == null || value.isBlank() ? null : value;
	}
}
