package dev.reviewbatch.store;

import java.util.Arrays;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * What the writer knows of one account's stored viewings, by key: id, fingerprints and
 * the flags that decide new, unchanged or updated. Read in one pass over the account's
 * rows in id order when the account is first written in a step, then kept current by the
 * writer, so a chunk asks the database nothing to decide its rows. About 60 bytes a
 * viewing.
 * <p>
 * Valid only while its transactions commit: the writer drops it when one rolls back. Not
 * thread-safe.
 */
final class StoredViewings {

	/** What is stored of one viewing. */
	record Viewing(long id, long entryFp, Long reviewFp, boolean inDiary, Integer rating, boolean secondary,
			boolean deleted, boolean gone) {
	}

	private static final int IN_DIARY = 1;

	private static final int SECONDARY = 2;

	private static final int DELETED = 4;

	private static final int GONE = 8;

	private static final int HAS_REVIEW = 16;

	private static final int HAS_RATING = 32;

	private final KeyIndex keys = new KeyIndex();

	private long[] ids = new long[1024];

	private long[] entryFps = new long[1024];

	private long[] reviewFps = new long[1024];

	private byte[] flags = new byte[1024];

	private byte[] ratings = new byte[1024];

	static StoredViewings load(JdbcTemplate jdbc, String account) {
		StoredViewings stored = new StoredViewings();
		jdbc.query("SELECT row_key, id, entry_fp, review_fp, in_diary, half_stars, secondary, state FROM viewing "
				+ "WHERE account = ? ORDER BY id", (RowCallbackHandler) rs -> {
					long reviewFp = rs.getLong(4);
					Long review = rs.wasNull() ? null : reviewFp;
					int rating = rs.getInt(6);
					Integer half = rs.wasNull() ? null : rating;
					String state = rs.getString(8);
					stored.put(rs.getString(1), new Viewing(rs.getLong(2), rs.getLong(3), review, rs.getBoolean(5),
							half, rs.getBoolean(7), "DELETED".equals(state), "GONE".equals(state)));
				}, account);
		return stored;
	}

	/** The stored viewing of that key, or null. */
	Viewing get(String key) {
		int slot = keys.find(key);
		if (slot < 0) {
			return null;
		}
		int f = flags[slot];
		return new Viewing(ids[slot], entryFps[slot], (f & HAS_REVIEW) != 0 ? reviewFps[slot] : null,
				(f & IN_DIARY) != 0, (f & HAS_RATING) != 0 ? (int) ratings[slot] : null, (f & SECONDARY) != 0,
				(f & DELETED) != 0, (f & GONE) != 0);
	}

	boolean contains(String key) {
		return keys.find(key) >= 0;
	}

	void put(String key, Viewing v) {
		int slot = keys.findOrAdd(key);
		if (slot == ids.length) {
			int capacity = ids.length * 2;
			ids = Arrays.copyOf(ids, capacity);
			entryFps = Arrays.copyOf(entryFps, capacity);
			reviewFps = Arrays.copyOf(reviewFps, capacity);
			flags = Arrays.copyOf(flags, capacity);
			ratings = Arrays.copyOf(ratings, capacity);
		}
		ids[slot] = v.id();
		entryFps[slot] = v.entryFp();
		reviewFps[slot] = v.reviewFp() == null ? 0 : v.reviewFp();
		ratings[slot] = v.rating() == null ? 0 : v.rating().byteValue();
		flags[slot] = (byte) ((v.inDiary() ? IN_DIARY : 0) | (v.secondary() ? SECONDARY : 0)
				| (v.deleted() ? DELETED : 0) | (v.gone() ? GONE : 0) | (v.reviewFp() != null ? HAS_REVIEW : 0)
				| (v.rating() != null ? HAS_RATING : 0));
	}

	/** The viewing stored under {@code from} is now stored under {@code to}. */
	void rename(String from, String to) {
		keys.rename(from, to);
	}

}
