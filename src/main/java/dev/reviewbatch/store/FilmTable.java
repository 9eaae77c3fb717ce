package dev.reviewbatch.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.reviewbatch.domain.Film;
import dev.reviewbatch.domain.Provenance;

/**
 * Makes sure every film a chunk mentions exists, keyed by {@link Film#key()}. Its title
 * is the one the latest CSV file spelled it with (Letterboxd renames films: "The
 * Godfather: Part II" became "The Godfather Part II", one key); a feed or page never
 * changes it. A film URI (from ratings, watched, watchlist, likes or lists; never a diary
 * viewing URI) fills a blank one. Remembers the films it has written, so a long run asks
 * the database about each film once.
 * <p>
 * Writes films in a short transaction of its own, committed before the chunk's: films are
 * shared by every account, and several writers (the threads or processes of a
 * multi-account run) must not hold film rows locked for a whole chunk. New films are
 * inserted in key order; one another writer inserted first is skipped on PostgreSQL
 * ({@code ON CONFLICT DO NOTHING}), and on H2 (a duplicate key), or when two writers
 * collided on a lock, the short transaction is rolled back and tried again against what
 * is stored then. A film written by a chunk that later rolls back stays: the chunk's
 * retry writes the same film. Create one per step execution. Not thread-safe.
 */
final class FilmTable {

	/** A film as a record mentions it, with the film URI when the record has one. */
	record Mention(Film film, String filmUri, Provenance from) {
	}

	private static final int MEMORY = 200_000;

	/**
	 * Tries of the films' short transaction before the chunk fails. Each duplicate key
	 * means one more of this chunk's films is stored (by another writer), so tries make
	 * progress; on PostgreSQL an insert never collides (ON CONFLICT DO NOTHING).
	 */
	private static final int ATTEMPTS = 50;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	/** What is stored of a film: whether its URI is known, and its title. */
	private record Stored(boolean hasUri, String title) {
	}

	/** film key → what is stored; cleared when it grows past {@link #MEMORY}. */
	private final Map<String, Stored> known = new HashMap<>();

	/**
	 * How new films are inserted: skipping a film another writer stored first, where the
	 * store can.
	 */
	private final String insert;

	FilmTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		boolean postgres = Boolean.TRUE
			.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.contains("postgres")));
		this.insert = "INSERT INTO film (film_key, title, release_year, letterboxd_uri, source, source_line) "
				+ "VALUES (?, ?, ?, ?, ?, ?)" + (postgres ? " ON CONFLICT (film_key) DO NOTHING" : "");
		this.ownTransaction = new TransactionTemplate(new JdbcTransactionManager(jdbc.getDataSource()));
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void ensure(List<Mention> mentions) {
		Map<String, Mention> unknown = new LinkedHashMap<>();
		Map<String, String> csvTitles = new LinkedHashMap<>();
		for (Mention mention : mentions) {
			String key = mention.film().key();
			Stored stored = known.get(key);
			boolean retitles = mention.from() instanceof Provenance.CsvLine;
			if (retitles) {
				csvTitles.put(key, mention.film().title());
			}
			if (stored == null || !stored.hasUri() && mention.filmUri() != null
					|| retitles && !stored.title().equals(mention.film().title())) {
				unknown.merge(key, mention, (a, b) -> a.filmUri() != null ? a : b);
			}
		}
		if (unknown.isEmpty()) {
			return;
		}
		for (int attempt = 1;; attempt++) {
			try {
				Map<String, Stored> written = ownTransaction.execute(status -> write(unknown, csvTitles));
				written.forEach(this::remember);
				return;
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Inserts or updates the films of {@code unknown} as stored now; returns what is
	 * stored of them afterwards.
	 */
	private Map<String, Stored> write(Map<String, Mention> unknown, Map<String, String> csvTitles) {
		Map<String, Stored> written = new HashMap<>();
		Map<String, Stored> stored = select(new ArrayList<>(unknown.keySet()));
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> uriUpdates = new ArrayList<>();
		List<Object[]> titleUpdates = new ArrayList<>();
		for (Mention mention : unknown.values()) {
			String key = mention.film().key();
			Stored before = stored.get(key);
			String title = csvTitles.getOrDefault(key, before == null ? mention.film().title() : before.title());
			if (before == null) {
				inserts.add(new Object[] { key, title, mention.film().year(), mention.filmUri(),
						mention.from().source(), mention.from().line() });
			}
			else {
				if (!before.hasUri() && mention.filmUri() != null) {
					uriUpdates.add(new Object[] { mention.filmUri(), key });
				}
				if (!before.title().equals(title)) {
					titleUpdates.add(new Object[] { title, key });
				}
			}
			written.put(key, new Stored(before != null && before.hasUri() || mention.filmUri() != null, title));
		}
		inserts.sort(FilmTable::byKey);
		uriUpdates.sort(FilmTable::byLastKey);
		titleUpdates.sort(FilmTable::byLastKey);
		jdbc.batchUpdate(insert, inserts);
		jdbc.batchUpdate("UPDATE film SET letterboxd_uri = ? WHERE film_key = ? AND letterboxd_uri IS NULL",
				uriUpdates);
		jdbc.batchUpdate("UPDATE film SET title = ? WHERE film_key = ?", titleUpdates);
		return written;
	}

	/** Rows in film key order, so two writers lock shared films in the same order. */
	private static int byKey(Object[] a, Object[] b) {
		return ((String) a[0]).compareTo((String) b[0]);
	}

	private static int byLastKey(Object[] a, Object[] b) {
		return ((String) a[a.length - 1]).compareTo((String) b[b.length - 1]);
	}

	/** Forgets what it remembered (after a rolled-back transaction). */
	void forget() {
		known.clear();
	}

	private void remember(String key, Stored stored) {
		if (known.size() >= MEMORY) {
			known.clear();
		}
		known.put(key, stored);
	}

	private Map<String, Stored> select(List<String> keys) {
		Map<String, Stored> found = new HashMap<>();
		KeyLookup.query(jdbc, "SELECT film_key, letterboxd_uri, title FROM film WHERE film_key IN", keys,
				rs -> found.put(rs.getString(1), new Stored(rs.getString(2) != null, rs.getString(3))));
		return found;
	}

}
