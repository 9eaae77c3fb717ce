package dev.reviewbatch.store;

import java.util.Arrays;

/**
 * A set of text keys held as 128-bit hashes, each numbered by a dense slot (0, 1, 2, … in
 * the order the keys were added), so that callers keep what they know of each key in
 * primitive arrays indexed by slot. About 24 bytes a key (two longs, an int of the hash
 * table at most half full) instead of a {@code HashMap<String, …>}'s 150: a million keys
 * of an account fit in 24 MiB.
 * <p>
 * Two keys are taken as equal when both 64-bit halves of their hashes are, two unrelated
 * hash functions (FNV-1a and a multiply-xorshift over the UTF-16 units): the chance that
 * two different keys of one account collide is about n²/2¹²⁹, 10⁻²⁷ at a million keys.
 * Not thread-safe.
 */
final class KeyIndex {

	private static final int NONE = -1;

	private long[] low = new long[1024];

	private long[] high = new long[1024];

	/** slot + 1 per bucket, 0 = empty; a power of two, at most half full. */
	private int[] buckets = new int[2048];

	private int size;

	/** The key's slot, or -1. */
	int find(String key) {
		return find(lowHash(key), highHash(key));
	}

	/** Adds a key not held yet and returns its slot (the current size). */
	int add(String key) {
		return add(lowHash(key), highHash(key));
	}

	/** The key's slot, added when it was not held. */
	int findOrAdd(String key) {
		long lo = lowHash(key);
		long hi = highHash(key);
		int slot = find(lo, hi);
		return slot != NONE ? slot : add(lo, hi);
	}

	/**
	 * Holds {@code to} in the slot of {@code from} (a re-keyed row); {@code from} is no
	 * longer found. Returns the slot, or -1 when {@code from} was not held.
	 */
	int rename(String from, String to) {
		int bucket = bucketOf(lowHash(from), highHash(from));
		if (buckets[bucket] == 0) {
			return NONE;
		}
		int slot = buckets[bucket] - 1;
		removeBucket(bucket);
		long lo = lowHash(to);
		long hi = highHash(to);
		low[slot] = lo;
		high[slot] = hi;
		buckets[bucketOf(lo, hi)] = slot + 1;
		return slot;
	}

	int size() {
		return size;
	}

	private int find(long lo, long hi) {
		int bucket = bucketOf(lo, hi);
		return buckets[bucket] == 0 ? NONE : buckets[bucket] - 1;
	}

	private int add(long lo, long hi) {
		if (size == low.length) {
			low = Arrays.copyOf(low, size * 2);
			high = Arrays.copyOf(high, size * 2);
		}
		if ((size + 1) * 2 > buckets.length) {
			rehash(buckets.length * 2);
		}
		low[size] = lo;
		high[size] = hi;
		buckets[bucketOf(lo, hi)] = size + 1;
		return size++;
	}

	/**
	 * The bucket that holds the key, or the empty one where it would go (linear probing).
	 */
	private int bucketOf(long lo, long hi) {
		int mask = buckets.length - 1;
		int bucket = (int) (lo ^ (lo >>> 32)) & mask;
		while (buckets[bucket] != 0) {
			int slot = buckets[bucket] - 1;
			if (low[slot] == lo && high[slot] == hi) {
				return bucket;
			}
			bucket = (bucket + 1) & mask;
		}
		return bucket;
	}

	/** Empties a bucket and moves later entries of its probe run back (no tombstones). */
	private void removeBucket(int bucket) {
		int mask = buckets.length - 1;
		buckets[bucket] = 0;
		int next = (bucket + 1) & mask;
		while (buckets[next] != 0) {
			int slot = buckets[next] - 1;
			buckets[next] = 0;
			buckets[bucketOf(low[slot], high[slot])] = slot + 1;
			next = (next + 1) & mask;
		}
	}

	private void rehash(int capacity) {
		buckets = new int[capacity];
		for (int slot = 0; slot < size; slot++) {
			buckets[bucketOf(low[slot], high[slot])] = slot + 1;
		}
	}

	static long lowHash(String key) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			hash ^= key.charAt(i);
			hash *= 0x100000001b3L;
		}
		return mix(hash);
	}

	static long highHash(String key) {
		long hash = 0x9e3779b97f4a7c15L ^ key.length();
		for (int i = 0; i < key.length(); i++) {
			hash = (hash + key.charAt(i)) * 0xbf58476d1ce4e5b9L;
			hash ^= hash >>> 29;
		}
		return mix(hash);
	}

	/** SplitMix64's finalizer: every input bit reaches every output bit. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

}
