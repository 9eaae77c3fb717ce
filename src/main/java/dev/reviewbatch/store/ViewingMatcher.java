package dev.reviewbatch.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import dev.reviewbatch.domain.Viewing;

/**
 * Finds the stored viewing that an incoming one is, when their keys differ: a feed item
 * or saved-page row is the viewing of the same account, film and watched date already
 * stored (from a CSV or an earlier feed; a CSV's first, then the lowest key); a CSV row
 * whose URI is new takes over a viewing of the same account, film and date that so far
 * came only from a feed or page (it is re-keyed to the CSV's URI, with its own rating
 * event). Feed and page rows are matched with one pass over the account's dated viewings
 * per chunk; the feed-only viewings are held in memory, read once, so a plain export
 * import asks the database nothing per row.
 * <p>
 * Runs inside the caller's transaction; one per step execution. Not thread-safe.
 */
final class ViewingMatcher {

	private final JdbcTemplate jdbc;

	private final EventTable events;

	private final Function<String, StoredViewings> stored;

	/**
	 * account → natural key → row key → id of the viewings that came only from a feed or
	 * page.
	 */
	private final Map<String, Map<String, TreeMap<String, Long>>> secondaries = new HashMap<>();

	ViewingMatcher(JdbcTemplate jdbc, EventTable events, Function<String, StoredViewings> stored) {
		this.jdbc = jdbc;
		this.events = events;
		this.stored = stored;
	}

	/**
	 * The key each viewing is stored under, in order; re-keys in the database as it goes.
	 */
	String[] keys(List<Viewing> viewings) {
		String[] keys = new String[viewings.size()];
		Map<String, String> matches = naturalMatches(viewings);
		for (int i = 0; i < keys.length; i++) {
			Viewing v = viewings.get(i);
			String own = ViewingTable.keyOf(v);
			keys[i] = own;
			if (v.watchedOn() == null || stored.apply(v.account()).contains(own)) {
				continue;
			}
			if (!v.fromCsv()) {
				keys[i] = matches.getOrDefault(natural(v.account(), v.film().key(), v.watchedOn()), own);
			}
			else {
				takeOver(v, own);
			}
		}
		return keys;
	}

	/** Keeps the feed-only viewings current after a row was written. */
	void stored(Viewing v, String key, StoredViewings.Viewing after) {
		if (v.watchedOn() != null && after.secondary()) {
			secondaries(v.account())
				.computeIfAbsent(natural(v.account(), v.film().key(), v.watchedOn()), n -> new TreeMap<>())
				.put(key, after.id());
		}
	}

	void forget() {
		secondaries.clear();
	}

	/**
	 * For the feed and page rows of a chunk that need one: natural key → the key of the
	 * stored viewing they are (a CSV's before a feed's, then the lowest key).
	 */
	private Map<String, String> naturalMatches(List<Viewing> viewings) {
		Map<String, Set<String>> wanted = new HashMap<>();
		for (Viewing v : viewings) {
			if (!v.fromCsv() && v.watchedOn() != null && !stored.apply(v.account()).contains(ViewingTable.keyOf(v))) {
				wanted.computeIfAbsent(v.account(), a -> new HashSet<>())
					.add(natural(v.account(), v.film().key(), v.watchedOn()));
			}
		}
		Map<String, String> best = new HashMap<>();
		Map<String, Boolean> bestSecondary = new HashMap<>();
		wanted.forEach((account, naturals) -> jdbc
			.query("SELECT row_key, film_key, watched_date, secondary FROM viewing WHERE account = ? "
					+ "AND watched_date IS NOT NULL", (RowCallbackHandler) rs -> {
						String natural = natural(account, rs.getString(2), rs.getObject(3, LocalDate.class));
						if (naturals.contains(natural)) {
							String key = rs.getString(1);
							boolean secondary = rs.getBoolean(4);
							String current = best.get(natural);
							if (current == null || Boolean.TRUE.equals(bestSecondary.get(natural)) && !secondary
									|| bestSecondary.get(natural) == secondary && key.compareTo(current) < 0) {
								best.put(natural, key);
								bestSecondary.put(natural, secondary);
							}
						}
					}, account));
		return best;
	}

	/**
	 * A CSV row with a new key takes over a feed-only viewing of the same account, film
	 * and date (the lowest key), which is re-keyed to the CSV's key.
	 */
	private void takeOver(Viewing v, String own) {
		Map<String, TreeMap<String, Long>> feedOnly = secondaries(v.account());
		if (feedOnly.isEmpty()) {
			return;
		}
		TreeMap<String, Long> candidates = feedOnly.get(natural(v.account(), v.film().key(), v.watchedOn()));
		while (candidates != null && !candidates.isEmpty()) {
			Map.Entry<String, Long> first = candidates.pollFirstEntry();
			StoredViewings.Viewing now = stored.apply(v.account()).get(first.getKey());
			if (now != null && now.secondary() && now.id() == first.getValue()) {
				jdbc.update("UPDATE viewing SET row_key = ? WHERE id = ?", own, now.id());
				events.rekey(v.account(), "viewing" + Mappings.SEP + first.getKey(), "viewing" + Mappings.SEP + own,
						now.id());
				stored.apply(v.account()).rename(first.getKey(), own);
				return;
			}
		}
	}

	private Map<String, TreeMap<String, Long>> secondaries(String account) {
		return secondaries.computeIfAbsent(account, a -> {
			Map<String, TreeMap<String, Long>> found = new HashMap<>();
			jdbc.query(
					"SELECT row_key, id, film_key, watched_date FROM viewing WHERE account = ? AND secondary "
							+ "AND watched_date IS NOT NULL",
					(RowCallbackHandler) rs -> found
						.computeIfAbsent(natural(a, rs.getString(3), rs.getObject(4, LocalDate.class)),
								n -> new TreeMap<>())
						.put(rs.getString(1), rs.getLong(2)),
					a);
			return found;
		});
	}

	private static String natural(String account, String filmKey, LocalDate watched) {
		return account + Mappings.SEP + filmKey + Mappings.SEP + watched;
	}

}
