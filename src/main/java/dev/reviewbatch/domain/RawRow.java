package dev.reviewbatch.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What a source hands to normalize: the fields of one record as strings, named with the Letterboxd
 * export's column names (e.g. {@code Name}, {@code Watched Date}), plus where it came from.
 * <p>
 * Immutable. {@code raw} is the record as it stood in the input, for the rejects file.
 */
public record RawRow(SourceKind kind, EntryState state, String account, Provenance from, Map<String, String> fields,
		String raw) {

	public RawRow {
		if (kind == null || state == null || from == null) {
			throw new IllegalArgumentException("a raw row needs a kind, a state and a provenance");
		}
		account = account == null ? "" : account;
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
		raw = raw == null ? "" : raw;
	}

	/** The field's value, or {@code null} when the field is absent or blank. */
	public String valueOf(String field) {
		String value = fields.get(field);
		return value == null || value.isBlank() ? null : value;
	}

	/** The field's value; throws, naming the field and the record, when it is absent or blank. */
	public String requiredValueOf(String field) {
		String value = valueOf(field);
		if (value == null) {
			throw new NoSuchElementException("missing " + field + " in " + from.describe());
		}
		return value;
	}
}
