package dev.reviewbatch.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.SourceKind;
import dev.reviewbatch.domain.Viewing;
import dev.reviewbatch.domain.ViewingDetails;
import dev.reviewbatch.domain.TagCell;

/**
 * Stores viewings. A diary row and a review row with the same URI are one viewing: the
 * diary row owns the entry part (film, dates, rating, rewatch, tags), the review row owns
 * the review part and fills the entry part only while no diary row has been seen.
 * Outcomes: a diary row is new, unchanged or updated by its entry part; a review row by
 * its review part (a first review is new, a changed one updated).
 * <p>
 * A feed item or saved-page row that is the same viewing as a CSV row
 * ({@link ViewingMatcher}) never overwrites it: it fills what is missing (rating, review,
 * like, TMDb id) and records where each filled value came from; a rating that differs is
 * reported as {@link Written#observedRating()} for the caller to record as an event.
 * <p>
 * Runs inside the caller's transaction. Not thread-safe.
 */
final class ViewingTable {

	/**
	 * The columns a new viewing is inserted with, in the order the statement names them.
	 */
	private static final List<String> INSERT_COLUMNS = List.of("account", "film_key", "watched_date", "logged_date",
			"half_stars", "rewatch", "tags", "letterboxd_uri", "state", "entry_fp", "in_diary", "review_raw",
			"review_text", "review_fp", "source", "source_line", "review_source", "review_line", "first_run",
			"last_seen_run", "secondary", "liked", "spoilers", "tmdb_id", "review_title", "details_source", "row_key",
			"id");

	private static final String INSERT = "INSERT INTO viewing (" + String.join(", ", INSERT_COLUMNS) + ") VALUES (:"
			+ String.join(", :", INSERT_COLUMNS) + ")";

	private static final String UPDATE_ENTRY = "UPDATE viewing SET account = :account, film_key = :film_key, "
			+ "watched_date = :watched_date, logged_date = :logged_date, half_stars = :half_stars, "
			+ "rewatch = :rewatch, tags = :tags, letterboxd_uri = :letterboxd_uri, state = :state, "
			+ "entry_fp = :entry_fp, in_diary = :in_diary, source = :source, source_line = :source_line, "
			+ "last_seen_run = :last_seen_run, secondary = :secondary WHERE id = :id";

	private static final String FILL_RATING = "UPDATE viewing SET half_stars = ?, rating_source = ?, "
			+ "last_seen_run = ? WHERE id = ?";

	private static final String FILL_DETAILS = "UPDATE viewing SET liked = COALESCE(liked, :liked), "
			+ "spoilers = COALESCE(spoilers, :spoilers), tmdb_id = COALESCE(tmdb_id, :tmdb_id), "
			+ "review_title = COALESCE(review_title, :review_title), "
			+ "details_source = COALESCE(details_source, :details_source) WHERE id = :id";

	private static final String REVIEW_COLUMNS = "review_raw = :review_raw, review_text = :review_text, "
			+ "review_fp = :review_fp, review_source = :review_source, review_line = :review_line, "
			+ "last_seen_run = :last_seen_run";

	private static final String FILL_REVIEW = "UPDATE viewing SET " + REVIEW_COLUMNS + " WHERE id = :id";

	/**
	 * A CSV row's review; the row also says the viewing is in the export, so a gone one
	 * is live again.
	 */
	private static final String UPDATE_REVIEW = "UPDATE viewing SET " + REVIEW_COLUMNS + ", " + KeyedTable.LIVE_AGAIN
			+ " WHERE id = :id";

	private static final String TOUCH = "UPDATE viewing SET last_seen_run = ? WHERE id = ?";

	/**
	 * A viewing's rating observations (its own event and those keyed under it: earlier
	 * statements, observed ratings, kept old values; all carry its id) follow its entry
	 * state: an entry the user deleted keeps them, marked DELETED, out of the history;
	 * one logged again is live again.
	 */
	private static final String EVENT_STATE = "UPDATE rating_event SET state = ? WHERE viewing_id = ? "
			+ "AND state <> ?";

	/** A gone viewing a CSV row sees again unchanged is live again. */
	private static final String LIVE_AGAIN = "UPDATE viewing SET last_seen_run = ?, state = 'LIVE' WHERE id = ?";

	/**
	 * One stored viewing: its id, what happened, the previous rating where the entry part
	 * changed, a rating a feed or page observed that differs from the stored one (null
	 * otherwise), and whether this row deleted a stored entry that was not deleted.
	 */
	record Written(Viewing item, String key, long id, Outcome outcome, boolean reviewEdited, Integer previousRating,
			Integer observedRating, boolean ownsRating, boolean deletedNow) {

		/**
		 * A row whose rating, if any, is the viewing's own (its event is the viewing's
		 * rating event).
		 */
		Written(Viewing item, String key, long id, Outcome outcome, boolean reviewEdited, Integer previousRating) {
			this(item, key, id, outcome, reviewEdited, previousRating, null, true, false);
		}
	}

	private final JdbcTemplate jdbc;

	private final RowIds ids;

	private final ViewingMatcher matcher;

	/** account → its stored viewings, read when the account is first written. */
	private final Map<String, StoredViewings> accounts = new HashMap<>();

	ViewingTable(JdbcTemplate jdbc, EventTable events) {
		this.jdbc = jdbc;
		this.ids = new RowIds(jdbc, "viewing");
		this.matcher = new ViewingMatcher(jdbc, events, this::stored);
	}

	/**
	 * The viewing's key: its URI, or for entries without one (orphaned entries,
	 * import-format files) a hash of everything its line says about the entry (account,
	 * film, dates, rating, rewatch and tags), so two different entries of one film on one
	 * day stay two. A review written on the diary line itself (import-format files, which
	 * have no logged date) is part of that identity: two lines that differ only in their
	 * review are two viewings. A review from a reviews file is not, so an orphaned
	 * reviews.csv row still pairs with its orphaned diary.csv row. Entries without a URI
	 * that agree on all of these are one viewing.
	 */
	static String keyOf(Viewing v) {
		if (v.uri() != null) {
			return v.uri();
		}
		Object[] entry = { v.account(), v.film().key(), v.watchedOn(), v.loggedOn(), halfStars(v), v.rewatch(),
				v.tags() };
		if (v.kind() == SourceKind.DIARY && v.review() != null) {
			entry = Arrays.copyOf(entry, entry.length + 1);
			entry[entry.length - 1] = v.review().raw();
		}
		return "nouri:" + Fingerprint.hex(entry);
	}

	List<Written> write(List<Viewing> viewings, long runId) {
		if (viewings.isEmpty()) {
			return List.of();
		}
		String[] keys = matcher.keys(viewings);
		Batch batch = new Batch();
		List<Written> written = new ArrayList<>(viewings.size());
		for (int i = 0; i < keys.length; i++) {
			Viewing viewing = viewings.get(i);
			String key = keys[i];
			StoredViewings stored = stored(viewing.account());
			long entryFp = entryFp(viewing);
			StoredViewings.Viewing before = stored.get(key);
			Written result;
			if (!viewing.fromCsv() && before != null && !before.secondary()) {
				result = fill(viewing, key, before, runId, batch);
				stored.put(key, filledBy(before, viewing, result.outcome() == Outcome.UPDATED));
			}
			else {
				long id = before == null ? ids.next() : before.id();
				result = viewing.kind() == SourceKind.REVIEW ? review(viewing, key, id, entryFp, before, runId, batch)
						: diary(viewing, key, id, entryFp, before, runId, batch);
				StoredViewings.Viewing after = after(viewing, id, entryFp, before);
				stored.put(key, after);
				matcher.stored(viewing, key, after);
			}
			written.add(result);
		}
		batch.flush(jdbc, runId);
		return written;
	}

	/** Forgets what it read (after a rolled-back transaction). */
	void forget() {
		accounts.clear();
		matcher.forget();
	}

	private StoredViewings stored(String account) {
		return accounts.computeIfAbsent(account, a -> StoredViewings.load(jdbc, a));
	}

	/**
	 * A feed or page row on a viewing a CSV owns: fill the rating, review and details it
	 * lacks; never overwrite.
	 */
	private Written fill(Viewing v, String key, StoredViewings.Viewing before, long runId, Batch batch) {
		boolean fillRating = before.rating() == null && v.rating() != null;
		boolean fillReview = before.reviewFp() == null && v.review() != null;
		if (fillRating) {
			batch.ratingFills.add(new Object[] { v.rating().halfStars(), v.from().describe(), runId, before.id() });
		}
		if (fillReview) {
			batch.reviewFills.add(reviewRow(v, runId, before.id()));
		}
		if (v.details() != ViewingDetails.NONE) {
			batch.detailFills.add(detailsRow(v, before.id()));
		}
		if (!fillRating && !fillReview) {
			batch.touchedByOthers.add(before.id());
		}
		Integer observed = !fillRating && v.rating() != null
				&& !Integer.valueOf(v.rating().halfStars()).equals(before.rating()) ? v.rating().halfStars() : null;
		return new Written(v, key, before.id(), fillRating || fillReview ? Outcome.UPDATED : Outcome.UNCHANGED, false,
				before.rating(), observed, fillRating, false);
	}

	private static SqlParameterSource detailsRow(Viewing v, long id) {
		ViewingDetails d = v.details();
		return new MapSqlParameterSource().addValue("liked", d.liked())
			.addValue("spoilers", d.spoilers() ? Boolean.TRUE : null)
			.addValue("tmdb_id", d.tmdbId())
			.addValue("review_title", d.reviewTitle())
			.addValue("details_source", v.from().describe())
			.addValue("id", id);
	}

	private static SqlParameterSource reviewRow(Viewing v, long runId, long id) {
		return new MapSqlParameterSource().addValue("review_raw", v.review().raw())
			.addValue("review_text", v.review().text())
			.addValue("review_fp", reviewFp(v))
			.addValue("review_source", v.from().source())
			.addValue("review_line", v.from().line())
			.addValue("last_seen_run", runId)
			.addValue("id", id);
	}

	private Written diary(Viewing v, String key, long id, long fp, StoredViewings.Viewing before, long runId,
			Batch batch) {
		if (before == null) {
			batch.inserts.add(insertRow(v, key, id, fp, true, runId));
			return new Written(v, key, id, Outcome.NEW, false, null);
		}
		if (before.entryFp() == fp && before.inDiary()) {
			batch.seen(v, before);
			return new Written(v, key, id, Outcome.UNCHANGED, false, null);
		}
		batch.entryUpdates.add(entryRow(v, id, fp, true, runId));
		boolean deletes = followEntryState(v, before, batch);
		return new Written(v, key, id, Outcome.UPDATED, false, before.rating(), null, true, deletes && isDeleted(v));
	}

	private static boolean isDeleted(Viewing v) {
		return v.state() == EntryState.DELETED;
	}

	/**
	 * When an updated entry is deleted now or was deleted before, its rating events take
	 * its new state; returns whether the state changed that way.
	 */
	private static boolean followEntryState(Viewing v, StoredViewings.Viewing before, Batch batch) {
		if (isDeleted(v) == before.deleted()) {
			return false;
		}
		String state = isDeleted(v) ? EntryState.DELETED.name() : EntryState.LIVE.name();
		batch.eventStates.add(new Object[] { state, before.id(), state });
		return true;
	}

	private Written review(Viewing v, String key, long id, long entryFp, StoredViewings.Viewing before, long runId,
			Batch batch) {
		Long reviewFp = reviewFp(v);
		if (before == null) {
			batch.inserts.add(insertRow(v, key, id, entryFp, false, runId));
			return new Written(v, key, id, Outcome.NEW, false, null);
		}
		boolean entryChanged = !before.inDiary() && before.entryFp() != entryFp;
		if (entryChanged) {
			batch.entryUpdates.add(entryRow(v, id, entryFp, false, runId));
			followEntryState(v, before, batch);
		}
		if (reviewFp != null && !reviewFp.equals(before.reviewFp())) {
			batch.reviewUpdates.add(reviewRow(v, runId, id));
			boolean edited = before.reviewFp() != null;
			return new Written(v, key, id, edited ? Outcome.UPDATED : Outcome.NEW, edited, null);
		}
		if (!entryChanged) {
			batch.seen(v, before);
		}
		return new Written(v, key, id, entryChanged ? Outcome.UPDATED : Outcome.UNCHANGED, false,
				entryChanged ? before.rating() : null);
	}

	/**
	 * What is stored of a viewing after a CSV, feed or page row that owns its entry (or
	 * its review) was written. A CSV row makes a gone viewing live again; a review row
	 * that found no diary row does so through its review update or the seen mark.
	 */
	private static StoredViewings.Viewing after(Viewing v, long id, long entryFpOfV, StoredViewings.Viewing before) {
		boolean inDiary = v.kind() != SourceKind.REVIEW || before != null && before.inDiary();
		boolean entryFromThis = v.kind() != SourceKind.REVIEW || before == null || !before.inDiary();
		long entryFp = entryFromThis ? entryFpOfV : before.entryFp();
		Integer rating = entryFromThis ? halfStars(v) : before.rating();
		Long reviewFp = reviewFp(v) != null ? reviewFp(v) : before == null ? null : before.reviewFp();
		boolean secondary = entryFromThis ? !v.fromCsv() : before.secondary();
		boolean deleted = entryFromThis ? isDeleted(v) : before.deleted();
		boolean gone = before != null && before.gone() && !v.fromCsv();
		return new StoredViewings.Viewing(id, entryFp, reviewFp, inDiary, rating, secondary, deleted, gone);
	}

	private static StoredViewings.Viewing filledBy(StoredViewings.Viewing s, Viewing v, boolean filled) {
		if (!filled) {
			return s;
		}
		Integer rating = s.rating() == null && v.rating() != null ? v.rating().halfStars() : s.rating();
		Long review = s.reviewFp() == null && v.review() != null ? reviewFp(v) : s.reviewFp();
		return new StoredViewings.Viewing(s.id(), s.entryFp(), review, s.inDiary(), rating, s.secondary(), s.deleted(),
				s.gone());
	}

	private static SqlParameterSource insertRow(Viewing v, String key, long id, long entryFp, boolean inDiary,
			long runId) {
		boolean hasReview = v.review() != null;
		ViewingDetails d = v.details();
		boolean hasDetails = d != ViewingDetails.NONE;
		return entryRow(v, id, entryFp, inDiary, runId).addValue("review_raw", hasReview ? v.review().raw() : null)
			.addValue("review_text", hasReview ? v.review().text() : null)
			.addValue("review_fp", reviewFp(v))
			.addValue("review_source", hasReview ? v.from().source() : null)
			.addValue("review_line", hasReview ? v.from().line() : null)
			.addValue("first_run", runId)
			.addValue("liked", d.liked())
			.addValue("spoilers", hasDetails ? d.spoilers() : null)
			.addValue("tmdb_id", d.tmdbId())
			.addValue("review_title", d.reviewTitle())
			.addValue("details_source", hasDetails ? v.from().describe() : null)
			.addValue("row_key", key);
	}

	/** The entry part: what a diary row owns, and what {@link #UPDATE_ENTRY} sets. */
	private static MapSqlParameterSource entryRow(Viewing v, long id, long entryFp, boolean inDiary, long runId) {
		return new MapSqlParameterSource().addValue("account", v.account())
			.addValue("film_key", v.film().key())
			.addValue("watched_date", v.watchedOn())
			.addValue("logged_date", v.loggedOn())
			.addValue("half_stars", halfStars(v))
			.addValue("rewatch", v.rewatch())
			.addValue("tags", TagCell.of(v.tags()))
			.addValue("letterboxd_uri", v.uri())
			.addValue("state", v.state().name())
			.addValue("entry_fp", entryFp)
			.addValue("in_diary", inDiary)
			.addValue("source", v.from().source())
			.addValue("source_line", v.from().line())
			.addValue("last_seen_run", runId)
			.addValue("secondary", !v.fromCsv())
			.addValue("id", id);
	}

	private static long entryFp(Viewing v) {
		return Fingerprint.of(v.account(), v.film().key(), v.watchedOn(), v.loggedOn(), halfStars(v), v.rewatch(),
				v.tags(), v.uri(), v.state());
	}

	private static Long reviewFp(Viewing v) {
		return v.review() == null ? null : Fingerprint.of(v.review().raw());
	}

	private static Integer halfStars(Viewing v) {
		return v.rating() == null ? null : v.rating().halfStars();
	}

	/**
	 * Statements collected over a chunk, run in an order that lets later rows build on
	 * earlier ones.
	 */
	private static final class Batch {

		final List<SqlParameterSource> inserts = new ArrayList<>();

		final List<SqlParameterSource> entryUpdates = new ArrayList<>();

		final List<SqlParameterSource> reviewUpdates = new ArrayList<>();

		final List<SqlParameterSource> reviewFills = new ArrayList<>();

		final List<Object[]> ratingFills = new ArrayList<>();

		final List<SqlParameterSource> detailFills = new ArrayList<>();

		/** The state the rating events of each updated entry take: state, viewing id. */
		final List<Object[]> eventStates = new ArrayList<>();

		/** Unchanged viewings a CSV row saw again (ids). */
		final SeenIds seen = new SeenIds();

		/** Gone viewings a CSV row saw again unchanged (ids): live again. */
		final Set<Long> liveAgain = new LinkedHashSet<>();

		/**
		 * Viewings a feed or page row saw again (ids): not an export, so a gone viewing
		 * stays gone.
		 */
		final Set<Long> touchedByOthers = new LinkedHashSet<>();

		void seen(Viewing v, StoredViewings.Viewing before) {
			if (!v.fromCsv()) {
				touchedByOthers.add(before.id());
			}
			else if (before.gone()) {
				liveAgain.add(before.id());
			}
			else {
				seen.add(before.id());
			}
		}

		void flush(JdbcTemplate jdbc, long runId) {
			NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
			named.batchUpdate(INSERT, inserts.toArray(SqlParameterSource[]::new));
			named.batchUpdate(UPDATE_ENTRY, entryUpdates.toArray(SqlParameterSource[]::new));
			named.batchUpdate(UPDATE_REVIEW, reviewUpdates.toArray(SqlParameterSource[]::new));
			named.batchUpdate(FILL_REVIEW, reviewFills.toArray(SqlParameterSource[]::new));
			jdbc.batchUpdate(FILL_RATING, ratingFills);
			named.batchUpdate(FILL_DETAILS, detailFills.toArray(SqlParameterSource[]::new));
			jdbc.batchUpdate(EVENT_STATE, eventStates);
			jdbc.batchUpdate(LIVE_AGAIN, liveAgain.stream().map(id -> new Object[] { runId, id }).toList());
			seen.write(jdbc, runId);
			touchedByOthers.removeAll(liveAgain);
			jdbc.batchUpdate(TOUCH, touchedByOthers.stream().map(id -> new Object[] { runId, id }).toList());
		}

	}

}
