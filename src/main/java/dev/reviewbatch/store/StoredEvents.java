package dev.reviewbatch.store;

import java.util.Arrays;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * What the writer knows of one account's stored rating events, by key: id, fingerprint
 * and rating. Read in one pass over the account's events in id order when the account is
 * first written in a step, then kept current by the writer. About 45 bytes an event.
 * <p>
 * Valid only while its transactions commit: the writer drops it when one rolls back. Not
 * thread-safe.
 */
final class StoredEvents {

	/** What is stored of one event. */
	record Event(long id, long fp, int halfStars) {
	}

	private final KeyIndex keys = new KeyIndex();

	private long[] ids = new long[1024];

	private long[] fps = new long[1024];

	private byte[] ratings = new byte[1024];

	static StoredEvents load(JdbcTemplate jdbc, String account) {
		StoredEvents stored = new StoredEvents();
		jdbc.query("SELECT row_key, id, fp, half_stars FROM rating_event WHERE account = ? ORDER BY id",
				(RowCallbackHandler) rs -> stored.put(rs.getString(1),
						new Event(rs.getLong(2), rs.getLong(3), rs.getInt(4))),
				account);
		return stored;
	}

	/** The stored event of that key, or null. */
	Event get(String key) {
		int slot = keys.find(key);
		return slot < 0 ? null : new Event(ids[slot], fps[slot], ratings[slot]);
	}

	void put(String key, Event e) {
		int slot = keys.findOrAdd(key);
		if (slot == ids.length) {
			int capacity = ids.length * 2;
			ids = Arrays.copyOf(ids, capacity);
			fps = Arrays.copyOf(fps, capacity);
			ratings = Arrays.copyOf(ratings, capacity);
		}
		ids[slot] = e.id();
		fps[slot] = e.fp();
		ratings[slot] = (byte) e.halfStars();
	}

	/** The event stored under {@code from} is now stored under {@code to}. */
	void rename(String from, String to) {
		keys.rename(from, to);
	}

}
