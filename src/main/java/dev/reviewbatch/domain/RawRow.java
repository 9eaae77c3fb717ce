package dev.reviewbatch.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a source hands to normalize: the fields of one record as raw strings, named by
 * {@link Field}, plus where it came from.
 * <p>
 * Immutable: {@code fields} is an unmodifiable view of an {@link EnumMap}, iterated in
 * {@link Field} order. {@code raw} is the record as it stood in the input, for the
 * rejects file. {@code problem} is {@code null} for a readable record; otherwise it says
 * why the source could not read it (wrong field count, an unreadable file), and the row
 * has no fields.
 */
public record RawRow(SourceKind kind, EntryState state, String account, Provenance from, Map<Field, String> fields,
		String raw, String problem) {

	public RawRow {
		if (kind == null || state == null || from == null) {
			throw new IllegalArgumentException("a raw row needs a kind, a state and a provenance");
		}
		account = account == null ? "" : account;
		EnumMap<Field, String> copy = new EnumMap<>(Field.class);
		copy.putAll(fields);
		fields = Collections.unmodifiableMap(copy);
		raw = raw == null ? "" : raw;
	}

	/** A readable record. */
	public RawRow(SourceKind kind, EntryState state, String account, Provenance from, Map<Field, String> fields,
			String raw) {
		this(kind, state, account, from, fields, raw, null);
	}

	/** A record (or whole file) the source could not read, and why. */
	public static RawRow unreadable(SourceKind kind, EntryState state, String account, Provenance from, String raw,
			String problem) {
		return new RawRow(kind, state, account, from, Map.of(), raw, problem);
	}

	/** The field's value, or {@code null} when the field is absent or blank. */
	public String valueOf(Field field) {
		String value = fields.get(field);
		return value == null || value.isBlank() ? null : value;
	}

}
