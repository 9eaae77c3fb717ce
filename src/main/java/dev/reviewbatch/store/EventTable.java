package dev.reviewbatch.store;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.reviewbatch.store.Mappings.RatingEvent;

/**
 * Stores rating observations, append-only: a new key is inserted under the next id; an
 * unchanged one is left alone (events are history, never marked gone, so nothing records
 * that a run saw them); a changed one whose rating differs first keeps the stored row
 * under a key of its own (the key, then the run and the line that changed it), so the
 * history keeps every rating it ever held. Decides from the account's
 * {@link StoredEvents}, asking the database nothing.
 * <p>
 * Runs inside the caller's transaction. Not thread-safe.
 */
final class EventTable {

	private static final String COLUMNS = "account, film_key, event_date, half_stars, origin, seq, state, fp, "
			+ "source, source_line, last_seen_run";

	private static final String INSERT = "INSERT INTO rating_event (" + COLUMNS + ", viewing_id, row_key, id) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String UPDATE = "UPDATE rating_event SET account = ?, film_key = ?, event_date = ?, "
			+ "half_stars = ?, origin = ?, seq = ?, state = ?, fp = ?, source = ?, source_line = ?, last_seen_run = ?, "
			+ "viewing_id = ?, row_key = ? WHERE id = ?";

	private static final String ARCHIVE = "INSERT INTO rating_event (" + COLUMNS + ", viewing_id, row_key, id) "
			+ "SELECT " + COLUMNS + ", viewing_id, ?, ? FROM rating_event WHERE id = ?";

	private final JdbcTemplate jdbc;

	private final RowIds ids;

	/** account → its stored events, read when the account is first written. */
	private final Map<String, StoredEvents> accounts = new HashMap<>();

	EventTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.ids = new RowIds(jdbc, "rating_event");
	}

	List<KeyedTable.Written<RatingEvent>> write(List<RatingEvent> events, long runId) {
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> archives = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		List<KeyedTable.Written<RatingEvent>> written = new ArrayList<>(events.size());
		for (RatingEvent e : events) {
			StoredEvents stored = stored(e.account());
			Object[] values = Mappings.RATING_EVENT.values().apply(e);
			long fp = Fingerprint.of(values);
			StoredEvents.Event before = stored.get(e.key());
			if (before == null) {
				long id = ids.next();
				inserts.add(row(e, values, fp, runId, id));
				stored.put(e.key(), new StoredEvents.Event(id, fp, e.halfStars()));
				written.add(new KeyedTable.Written<>(e, Outcome.NEW, null));
			}
			else if (before.fp() == fp) {
				written.add(new KeyedTable.Written<>(e, Outcome.UNCHANGED, before.halfStars()));
			}
			else {
				if (before.halfStars() != e.halfStars()) {
					String kept = e.key() + Mappings.SEP + "was" + Mappings.SEP + runId + Mappings.SEP
							+ e.from().source() + ":" + e.from().line();
					long id = ids.next();
					archives.add(new Object[] { kept, id, before.id() });
					stored.put(kept, new StoredEvents.Event(id, before.fp(), before.halfStars()));
				}
				updates.add(row(e, values, fp, runId, before.id()));
				stored.put(e.key(), new StoredEvents.Event(before.id(), fp, e.halfStars()));
				written.add(new KeyedTable.Written<>(e, Outcome.UPDATED, before.halfStars()));
			}
		}
		jdbc.batchUpdate(INSERT, inserts);
		jdbc.batchUpdate(ARCHIVE, archives);
		jdbc.batchUpdate(UPDATE, updates);
		return written;
	}

	/** The viewing's own event is now keyed by the viewing's new key. */
	void rekey(String account, String from, String to, long viewingId) {
		jdbc.update("UPDATE rating_event SET row_key = ? WHERE viewing_id = ? AND row_key = ?", to, viewingId, from);
		stored(account).rename(from, to);
	}

	/** Forgets what it read (after a rolled-back transaction). */
	void forget() {
		accounts.clear();
	}

	private StoredEvents stored(String account) {
		return accounts.computeIfAbsent(account, a -> StoredEvents.load(jdbc, a));
	}

	private static Object[] row(RatingEvent e, Object[] values, long fp, long runId, long id) {
		Object[] row = new Object[values.length + 7];
		System.arraycopy(values, 0, row, 0, values.length);
		row[values.length] = fp;
		row[values.length + 1] = e.from().source();
		row[values.length + 2] = e.from().line();
		row[values.length + 3] = runId;
		row[values.length + 4] = e.viewingId();
		row[values.length + 5] = e.key();
		row[values.length + 6] = id;
		return row;
	}

}
