package dev.reviewbatch.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What a source hands to normalize: the fields of one record as strings, named with the
 * Letterboxd export's column names (e.g. {@code Name}, {@code Watched Date}), plus where
 * it came from.
 * <p>
 * Immutable. {@code raw} is the record as it stood in the input, for the rejects file.
 * {@code problem} is {@code null} for a readable record; otherwise it says why the source
 * could not read it (wrong field count, an unreadable file), and the row has no fields.
 */
public record RawRow(SourceKind kind, EntryState state, String account, Provenance from, Map<String, String> fields,
		String raw, String problem) {

	public RawRow {
		if (kind == null || state == null || from == null) {
			throw new IllegalArgumentException("a raw row needs a kind, a state and a provenance");
		}
		account = account == null ? "" : account;
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
		raw = raw == null ? "" : raw;
	}

	/** A readable record. */
	public RawRow(SourceKind kind, EntryState state, String account, Provenance from, Map<String, String> fields,
			String raw) {
		this(kind, state, account, from, fields, raw, null);
	}

	/** A record (or whole file) the source could not read, and why. */
	public static RawRow unreadable(SourceKind kind, EntryState state, String account, Provenance from, String raw,
			String problem) {
		return new RawRow(kind, state, account, from, Map.of(), raw, problem);
	}

	/** The field's value, or {@code null} when the field is absent or blank. */
	public String valueOf(String field) {
		String value = fields.get(field);
		return value == null || value.isBlank() ? null : value;
	}

	/**
	 * The field's value; throws, naming the field and the record, when it is absent or
	 * blank.
	 */
	public String requiredValueOf(String field) {
		String value = valueOf(field);
		if (value == null) {
			throw new NoSuchElementException("missing " + field + " in " + from.describe());
		}
		return value;
	}
}
