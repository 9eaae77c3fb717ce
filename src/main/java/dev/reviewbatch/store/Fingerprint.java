package dev.reviewbatch.store;

import java.util.Collection;

/**
 * A 64-bit FNV-1a hash of a record's content values, used to tell an unchanged row from
 * an updated one without reading the row back. Values are separated so that
 * {@code ("ab","c")} and {@code ("a","bc")} differ.
 */
final class Fingerprint {

	private static final long OFFSET = 0xcbf29ce484222325L;

	private static final long PRIME = 0x100000001b3L;

	private Fingerprint() {
	}

	static long of(Object... values) {
		long hash = OFFSET;
		for (Object value : values) {
			hash = mix(hash, value);
		}
		return hash;
	}

	private static long mix(long hash, Object value) {
		String text = value == null ? "\u0000null" : value instanceof Collection<?> c
				? String.join("\u001e", c.stream().map(String::valueOf).toList()) : value.toString();
		for (int i = 0; i < text.length(); i++) {
			hash ^= text.charAt(i);
			hash *= PRIME;
		}
		hash ^= 0x1f;
		hash *= PRIME;
		return hash;
	}

	/** A short stable hex id for content with no natural key. */
	static String hex(Object... values) {
		return String.format("%016x", of(values));
	}

}
