package dev.reviewbatch.store;

import java.util.function.Predicate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.reviewbatch.domain.Viewing;

/**
 * Finds the stored viewing that an incoming one is, when their keys differ: a feed item
 * or saved-page row is the viewing of the same account, film and watched date already
 * stored (from a CSV or an earlier feed); a CSV row whose URI is new takes over a viewing
 * of the same account, film and date that so far came only from a feed or page (it is
 * re-keyed to the CSV's URI, with its rating events). Asks the database only where such a
 * match is possible, so a plain export import costs one cached query per account.
 * <p>
 * Runs inside the caller's transaction; one per step execution. Not thread-safe.
 */
final class ViewingMatcher {

	private static final String BY_NATURAL_KEY = "SELECT row_key FROM viewing WHERE account = ? AND film_key = ? "
			+ "AND watched_date = ? ORDER BY secondary, row_key FETCH FIRST 1 ROWS ONLY";

	private static final String SECONDARY_BY_NATURAL_KEY = "SELECT row_key FROM viewing WHERE account = ? "
			+ "AND film_key = ? AND watched_date = ? AND secondary ORDER BY row_key FETCH FIRST 1 ROWS ONLY";

	private final JdbcTemplate jdbc;

	/** account → whether any viewing of it came from a feed or page. */
	private final Map<String, Boolean> hasSecondary = new HashMap<>();

	ViewingMatcher(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The key each viewing is stored under, in order. {@code found} says whether a key is
	 * already stored; keys this call re-keys in the database are stored afterwards.
	 */
	String[] keys(List<Viewing> viewings, Predicate<String> found) {
		String[] keys = new String[viewings.size()];
		for (int i = 0; i < keys.length; i++) {
			Viewing v = viewings.get(i);
			String own = ViewingTable.keyOf(v);
			keys[i] = own;
			if (v.watchedOn() == null || found.test(own)) {
				continue;
			}
			if (!v.fromCsv()) {
				hasSecondary.put(v.account(), true);
				String match = first(BY_NATURAL_KEY, v);
				keys[i] = match != null ? match : own;
			}
			else if (hasSecondary(v.account())) {
				String match = first(SECONDARY_BY_NATURAL_KEY, v);
				if (match != null) {
					rekey(match, own);
				}
			}
		}
		return keys;
	}

	private boolean hasSecondary(String account) {
		return hasSecondary.computeIfAbsent(account, a -> Boolean.TRUE.equals(jdbc
			.queryForObject("SELECT COUNT(*) > 0 FROM viewing WHERE account = ? AND secondary", Boolean.class, a)));
	}

	private String first(String sql, Viewing v) {
		List<String> keys = jdbc.queryForList(sql, String.class, v.account(), v.film().key(), v.watchedOn());
		return keys.isEmpty() ? null : keys.get(0);
	}

	private void rekey(String from, String to) {
		jdbc.update("UPDATE viewing SET row_key = ? WHERE row_key = ?", to, from);
		jdbc.update("UPDATE rating_event SET row_key = ? WHERE row_key = ?", "viewing" + Mappings.SEP + to,
				"viewing" + Mappings.SEP + from);
	}

}
