package dev.reviewbatch.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.reviewbatch.domain.Film;
import dev.reviewbatch.domain.Provenance;

/**
 * Makes sure every film a chunk mentions exists, keyed by {@link Film#key()}: the first title seen is kept, and
 * a film URI (from ratings, watched, watchlist, likes or lists; never a diary viewing URI) fills a blank one.
 * Remembers the films it has written, so a long run asks the database about each film once.
 * <p>
 * Runs inside the caller's transaction; create one per step execution. Not thread-safe.
 */
final class FilmTable {

	/** A film as a record mentions it, with the film URI when the record has one. */
	record Mention(Film film, String filmUri, Provenance from) {
	}

	private static final int MEMORY = 200_000;

	private final JdbcTemplate jdbc;

	/** film key → whether its URI is known; cleared when it grows past {@link #MEMORY}. */
	private final Map<String, Boolean> known = new HashMap<>();

	FilmTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void ensure(List<Mention> mentions) {
		Map<String, Mention> unknown = new LinkedHashMap<>();
		for (Mention mention : mentions) {
			String key = mention.film().key();
			Boolean hasUri = known.get(key);
			if (hasUri == null || !hasUri && mention.filmUri() != null) {
				unknown.merge(key, mention, (a, b) -> a.filmUri() != null ? a : b);
			}
		}
		if (unknown.isEmpty()) {
			return;
		}
		Map<String, Boolean> stored = select(new ArrayList<>(unknown.keySet()));
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> uriUpdates = new ArrayList<>();
		for (Mention mention : unknown.values()) {
			String key = mention.film().key();
			Boolean hasUri = stored.get(key);
			if (hasUri == null) {
				inserts.add(new Object[] { key, mention.film().title(), mention.film().year(), mention.filmUri(),
						mention.from().source(), mention.from().line() });
			}
			else if (!hasUri && mention.filmUri() != null) {
				uriUpdates.add(new Object[] { mention.filmUri(), key });
			}
			remember(key, Boolean.TRUE.equals(hasUri) || mention.filmUri() != null);
		}
		jdbc.batchUpdate("INSERT INTO film (film_key, title, release_year, letterboxd_uri, source, source_line) "
				+ "VALUES (?, ?, ?, ?, ?, ?)", inserts);
		jdbc.batchUpdate("UPDATE film SET letterboxd_uri = ? WHERE film_key = ? AND letterboxd_uri IS NULL",
				uriUpdates);
	}

	private void remember(String key, boolean hasUri) {
		if (known.size() >= MEMORY) {
			known.clear();
		}
		known.put(key, hasUri);
	}

	private Map<String, Boolean> select(List<String> keys) {
		Map<String, Boolean> found = new HashMap<>();
		KeyLookup.query(jdbc, "SELECT film_key, letterboxd_uri FROM film WHERE film_key IN", keys,
				rs -> found.put(rs.getString(1), rs.getString(2) != null));
		return found;
	}
}
