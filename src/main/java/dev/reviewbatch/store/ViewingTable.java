package dev.reviewbatch.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.SourceKind;
import dev.reviewbatch.domain.Viewing;
import dev.reviewbatch.domain.ViewingDetails;
import dev.reviewbatch.normalize.TagNormalizer;

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

	private static final String INSERT = "INSERT INTO viewing (account, film_key, watched_date, logged_date, "
			+ "half_stars, rewatch, tags, letterboxd_uri, state, entry_fp, in_diary, review_raw, review_text, "
			+ "review_fp, source, source_line, review_source, review_line, first_run, last_seen_run, secondary, "
			+ "liked, spoilers, tmdb_id, review_title, details_source, row_key) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String UPDATE_ENTRY = "UPDATE viewing SET account = ?, film_key = ?, watched_date = ?, "
			+ "logged_date = ?, half_stars = ?, rewatch = ?, tags = ?, letterboxd_uri = ?, state = ?, entry_fp = ?, "
			+ "in_diary = ?, source = ?, source_line = ?, last_seen_run = ?, secondary = ? WHERE row_key = ?";

	private static final String FILL_RATING = "UPDATE viewing SET half_stars = ?, rating_source = ?, "
			+ "last_seen_run = ? WHERE row_key = ?";

	private static final String FILL_DETAILS = "UPDATE viewing SET liked = COALESCE(liked, ?), "
			+ "spoilers = COALESCE(spoilers, ?), tmdb_id = COALESCE(tmdb_id, ?), "
			+ "review_title = COALESCE(review_title, ?), details_source = COALESCE(details_source, ?) WHERE row_key = ?";

	private static final String FILL_REVIEW = "UPDATE viewing SET review_raw = ?, review_text = ?, review_fp = ?, "
			+ "review_source = ?, review_line = ?, last_seen_run = ? WHERE row_key = ?";

	/**
	 * A CSV row's review; the row also says the viewing is in the export, so a gone one
	 * is live again.
	 */
	private static final String UPDATE_REVIEW = "UPDATE viewing SET review_raw = ?, review_text = ?, review_fp = ?, "
			+ "review_source = ?, review_line = ?, last_seen_run = ?, " + KeyedTable.LIVE_AGAIN + " WHERE row_key = ?";

	private static final String TOUCH = "UPDATE viewing SET last_seen_run = ? WHERE row_key = ?";

	/**
	 * A viewing's rating observations (its own event, {@code viewing<SEP>key}, and those
	 * keyed under it: earlier statements, observed ratings, kept old values) follow its
	 * entry state: an entry the user deleted keeps them, marked DELETED, out of the
	 * history; one logged again is live again. They are found through the film index and
	 * told apart by key in Java: a key range would depend on the database's collation
	 * (PostgreSQL's may ignore the separator).
	 */
	private static final String EVENTS_OF_FILM = "SELECT row_key, state FROM rating_event WHERE film_key = ? "
			+ "AND account = ?";

	private static final String EVENT_STATE = "UPDATE rating_event SET state = ? WHERE row_key = ?";

	private static final String TOUCH_CSV = "UPDATE viewing SET last_seen_run = ?, " + KeyedTable.LIVE_AGAIN
			+ " WHERE row_key = ?";

	/**
	 * One stored viewing: what happened, the previous rating where the entry part
	 * changed, a rating a feed or page observed that differs from the stored one (null
	 * otherwise), and whether this row deleted a stored entry that was not deleted.
	 */
	record Written(Viewing item, String key, Outcome outcome, boolean reviewEdited, Integer previousRating,
			Integer observedRating, boolean ownsRating, boolean deletedNow) {

		/**
		 * A row whose rating, if any, is the viewing's own (its event is the viewing's
		 * rating event).
		 */
		Written(Viewing item, String key, Outcome outcome, boolean reviewEdited, Integer previousRating) {
			this(item, key, outcome, reviewEdited, previousRating, null, true, false);
		}
	}

	private final JdbcTemplate jdbc;

	private final ViewingMatcher matcher;

	ViewingTable(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.matcher = new ViewingMatcher(jdbc);
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
		Set<String> ownKeys = new LinkedHashSet<>();
		viewings.forEach(v -> ownKeys.add(keyOf(v)));
		Map<String, Existing> existing = select(ownKeys);
		String[] keys = matcher.keys(viewings, existing::containsKey);
		Set<String> matched = new LinkedHashSet<>(List.of(keys));
		matched.removeAll(existing.keySet());
		existing.putAll(select(matched));
		Batch batch = new Batch();
		List<Written> written = new ArrayList<>(viewings.size());
		for (int i = 0; i < keys.length; i++) {
			Viewing viewing = viewings.get(i);
			String key = keys[i];
			long entryFp = entryFp(viewing);
			Existing before = existing.get(key);
			Written result;
			if (!viewing.fromCsv() && before != null && !before.secondary) {
				result = fill(viewing, key, before, runId, batch);
				existing.put(key, before.filledBy(viewing, result.outcome() == Outcome.UPDATED));
			}
			else {
				result = viewing.kind() == SourceKind.REVIEW ? review(viewing, key, entryFp, before, runId, batch)
						: diary(viewing, key, entryFp, before, runId, batch);
				existing.put(key, after(viewing, entryFp, before));
			}
			written.add(result);
		}
		batch.flush(jdbc, runId);
		return written;
	}

	/**
	 * A feed or page row on a viewing a CSV owns: fill the rating, review and details it
	 * lacks; never overwrite.
	 */
	private Written fill(Viewing v, String key, Existing before, long runId, Batch batch) {
		boolean fillRating = before.rating == null && v.rating() != null;
		boolean fillReview = before.reviewFp == null && v.review() != null;
		if (fillRating) {
			batch.ratingFills.add(new Object[] { v.rating().halfStars(), v.from().describe(), runId, key });
		}
		if (fillReview) {
			batch.reviewFills.add(new Object[] { v.review().raw(), v.review().text(), reviewFp(v), v.from().source(),
					v.from().line(), runId, key });
		}
		if (v.details() != ViewingDetails.NONE) {
			batch.detailFills.add(detailsRow(v, key));
		}
		if (!fillRating && !fillReview) {
			batch.touchedByOthers.add(key);
		}
		Integer observed = !fillRating && v.rating() != null
				&& !Integer.valueOf(v.rating().halfStars()).equals(before.rating) ? v.rating().halfStars() : null;
		return new Written(v, key, fillRating || fillReview ? Outcome.UPDATED : Outcome.UNCHANGED, false, before.rating,
				observed, fillRating, false);
	}

	private static Object[] detailsRow(Viewing v, String key) {
		ViewingDetails d = v.details();
		return new Object[] { d.liked(), d.spoilers() ? Boolean.TRUE : null, d.tmdbId(), d.reviewTitle(),
				v.from().describe(), key };
	}

	private Written diary(Viewing v, String key, long fp, Existing before, long runId, Batch batch) {
		if (before == null) {
			batch.inserts.add(insertRow(v, key, fp, true, runId));
			return new Written(v, key, Outcome.NEW, false, null);
		}
		if (before.entryFp == fp && before.inDiary) {
			batch.touched.add(key);
			return new Written(v, key, Outcome.UNCHANGED, false, null);
		}
		batch.entryUpdates.add(entryRow(v, key, fp, true, runId));
		boolean deletes = followEntryState(v, key, before, batch);
		return new Written(v, key, Outcome.UPDATED, false, before.rating, null, true, deletes && isDeleted(v));
	}

	private static boolean isDeleted(Viewing v) {
		return v.state() == EntryState.DELETED;
	}

	/**
	 * When an updated entry is deleted now or was deleted before, its rating events take
	 * its new state; returns whether the state changed that way.
	 */
	private static boolean followEntryState(Viewing v, String key, Existing before, Batch batch) {
		if (isDeleted(v) == before.deleted) {
			return false;
		}
		batch.eventStates.add(new EventState(isDeleted(v) ? EntryState.DELETED.name() : EntryState.LIVE.name(),
				v.film().key(), v.account(), "viewing" + Mappings.SEP + key));
		return true;
	}

	/** The state the rating events of one updated entry take. */
	private record EventState(String state, String filmKey, String account, String ownKey) {

		boolean owns(String eventKey) {
			return eventKey.equals(ownKey) || eventKey.startsWith(ownKey + Mappings.SEP);
		}

		void apply(JdbcTemplate jdbc) {
			List<Object[]> updates = new ArrayList<>();
			jdbc.query(EVENTS_OF_FILM, rs -> {
				if (owns(rs.getString(1)) && !state.equals(rs.getString(2))) {
					updates.add(new Object[] { state, rs.getString(1) });
				}
			}, filmKey, account);
			jdbc.batchUpdate(EVENT_STATE, updates);
		}
	}

	private Written review(Viewing v, String key, long entryFp, Existing before, long runId, Batch batch) {
		Long reviewFp = reviewFp(v);
		if (before == null) {
			batch.inserts.add(insertRow(v, key, entryFp, false, runId));
			return new Written(v, key, Outcome.NEW, false, null);
		}
		boolean entryChanged = !before.inDiary && before.entryFp != entryFp;
		if (entryChanged) {
			batch.entryUpdates.add(entryRow(v, key, entryFp, false, runId));
			followEntryState(v, key, before, batch);
		}
		if (reviewFp != null && !reviewFp.equals(before.reviewFp)) {
			batch.reviewUpdates.add(new Object[] { v.review().raw(), v.review().text(), reviewFp, v.from().source(),
					v.from().line(), runId, key });
			boolean edited = before.reviewFp != null;
			return new Written(v, key, edited ? Outcome.UPDATED : Outcome.NEW, edited, null);
		}
		if (!entryChanged) {
			batch.touched.add(key);
		}
		return new Written(v, key, entryChanged ? Outcome.UPDATED : Outcome.UNCHANGED, false,
				entryChanged ? before.rating : null);
	}

	private static Existing after(Viewing v, long entryFpOfV, Existing before) {
		boolean inDiary = v.kind() != SourceKind.REVIEW || before != null && before.inDiary;
		boolean entryFromThis = v.kind() != SourceKind.REVIEW || before == null || !before.inDiary;
		long entryFp = entryFromThis ? entryFpOfV : before.entryFp;
		Integer rating = entryFromThis ? halfStars(v) : before.rating;
		Long reviewFp = reviewFp(v) != null ? reviewFp(v) : before == null ? null : before.reviewFp;
		boolean secondary = entryFromThis ? !v.fromCsv() : before.secondary;
		boolean deleted = entryFromThis ? isDeleted(v) : before.deleted;
		return new Existing(entryFp, reviewFp, inDiary, rating, secondary, deleted);
	}

	private static Object[] insertRow(Viewing v, String key, long entryFp, boolean inDiary, long runId) {
		boolean hasReview = v.review() != null;
		ViewingDetails d = v.details();
		boolean hasDetails = d != ViewingDetails.NONE;
		return new Object[] { v.account(), v.film().key(), v.watchedOn(), v.loggedOn(), halfStars(v), v.rewatch(),
				TagNormalizer.join(v.tags()), v.uri(), v.state().name(), entryFp, inDiary,
				hasReview ? v.review().raw() : null, hasReview ? v.review().text() : null, reviewFp(v),
				v.from().source(), v.from().line(), hasReview ? v.from().source() : null,
				hasReview ? v.from().line() : null, runId, runId, !v.fromCsv(), d.liked(),
				hasDetails ? d.spoilers() : null, d.tmdbId(), d.reviewTitle(), hasDetails ? v.from().describe() : null,
				key };
	}

	private static Object[] entryRow(Viewing v, String key, long entryFp, boolean inDiary, long runId) {
		return new Object[] { v.account(), v.film().key(), v.watchedOn(), v.loggedOn(), halfStars(v), v.rewatch(),
				TagNormalizer.join(v.tags()), v.uri(), v.state().name(), entryFp, inDiary, v.from().source(),
				v.from().line(), runId, !v.fromCsv(), key };
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

	private Map<String, Existing> select(Set<String> keys) {
		Map<String, Existing> found = new HashMap<>();
		if (keys.isEmpty()) {
			return found;
		}
		KeyLookup.query(jdbc,
				"SELECT row_key, entry_fp, review_fp, in_diary, half_stars, secondary, state FROM viewing "
						+ "WHERE row_key IN",
				keys, rs -> {
					long reviewFp = rs.getLong(3);
					Long review = rs.wasNull() ? null : reviewFp;
					int rating = rs.getInt(5);
					Integer half = rs.wasNull() ? null : rating;
					found.put(rs.getString(1), new Existing(rs.getLong(2), review, rs.getBoolean(4), half,
							rs.getBoolean(6), EntryState.DELETED.name().equals(rs.getString(7))));
				});
		return found;
	}

	private record Existing(long entryFp, Long reviewFp, boolean inDiary, Integer rating, boolean secondary,
			boolean deleted) {

		Existing filledBy(Viewing v, boolean filled) {
			Integer newRating = rating == null && v.rating() != null ? v.rating().halfStars() : rating;
			Long newReview = reviewFp == null && v.review() != null ? ViewingTable.reviewFp(v) : reviewFp;
			return filled ? new Existing(entryFp, newReview, inDiary, newRating, secondary, deleted) : this;
		}
	}

	/**
	 * Statements collected over a chunk, run in an order that lets later rows build on
	 * earlier ones.
	 */
	private static final class Batch {

		final List<Object[]> inserts = new ArrayList<>();

		final List<Object[]> entryUpdates = new ArrayList<>();

		final List<Object[]> reviewUpdates = new ArrayList<>();

		final List<Object[]> reviewFills = new ArrayList<>();

		final List<Object[]> ratingFills = new ArrayList<>();

		final List<Object[]> detailFills = new ArrayList<>();

		/** The state the rating events of each updated entry take. */
		final List<EventState> eventStates = new ArrayList<>();

		/** Unchanged viewings a CSV row saw again. */
		final Set<String> touched = new LinkedHashSet<>();

		/**
		 * Viewings a feed or page row saw again: not an export, so a gone viewing stays
		 * gone.
		 */
		final Set<String> touchedByOthers = new LinkedHashSet<>();

		void flush(JdbcTemplate jdbc, long runId) {
			jdbc.batchUpdate(INSERT, inserts);
			jdbc.batchUpdate(UPDATE_ENTRY, entryUpdates);
			jdbc.batchUpdate(UPDATE_REVIEW, reviewUpdates);
			jdbc.batchUpdate(FILL_REVIEW, reviewFills);
			jdbc.batchUpdate(FILL_RATING, ratingFills);
			jdbc.batchUpdate(FILL_DETAILS, detailFills);
			eventStates.forEach(e -> e.apply(jdbc));
			jdbc.batchUpdate(TOUCH_CSV, touched.stream().map(key -> new Object[] { runId, key }).toList());
			touchedByOthers.removeAll(touched);
			jdbc.batchUpdate(TOUCH, touchedByOthers.stream().map(key -> new Object[] { runId, key }).toList());
		}

	}

}
