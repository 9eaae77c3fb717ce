package dev.reviewbatch.store;

import java.util.Set;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.LocalDate;

import dev.reviewbatch.domain.Comment;
import dev.reviewbatch.domain.CurrentRating;
import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Film;
import dev.reviewbatch.domain.FilmList;
import dev.reviewbatch.domain.FilmMark;
import dev.reviewbatch.domain.ImportItem;
import dev.reviewbatch.domain.LinkLike;
import dev.reviewbatch.domain.ListEntry;
import dev.reviewbatch.domain.Profile;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.Rejection;
import dev.reviewbatch.domain.SourceKind;
import dev.reviewbatch.domain.StarRating;
import dev.reviewbatch.domain.Viewing;
import dev.reviewbatch.store.Mappings.RatingEvent;

/**
 * Writes one chunk of normalized items into the store, in the chunk's transaction: films
 * first, then each kind of record, the rating events they imply, the rejects, what
 * changed, and the per-file tally in the run ledger. Re-writing the same items changes
 * nothing but their "last seen" run.
 * <p>
 * Create one per step execution (it remembers films). Not thread-safe.
 */
public class StoreWriter implements ItemWriter<ImportItem> {

	private final long runId;

	private final RunLedger ledger;

	private final JdbcTemplate jdbc;

	private final FilmTable films;

	private final ViewingTable viewings;

	private final KeyedTable<CurrentRating> currentRatings;

	private final EventTable ratingEvents;

	private final KeyedTable<FilmMark> marks;

	private final KeyedTable<LinkLike> likes;

	private final KeyedTable<FilmList> lists;

	private final KeyedTable<ListEntry> listEntries;

	private final KeyedTable<Comment> comments;

	private final KeyedTable<Profile> accounts;

	public StoreWriter(JdbcTemplate jdbc, RunLedger ledger, long runId) {
		this.runId = runId;
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.films = new FilmTable(jdbc);
		// rating events are history: never marked gone, so an unchanged one is not
		// rewritten to say it was seen; append-only: a viewing whose rating was edited
		// between two exports keeps its earlier rating as an event
		this.ratingEvents = new EventTable(jdbc);
		this.viewings = new ViewingTable(jdbc, ratingEvents);
		this.currentRatings = new KeyedTable<>(jdbc, Mappings.CURRENT_RATING, true);
		this.marks = new KeyedTable<>(jdbc, Mappings.FILM_MARK, true);
		this.likes = new KeyedTable<>(jdbc, Mappings.LINK_LIKE, true);
		this.lists = new KeyedTable<>(jdbc, Mappings.FILM_LIST, true);
		this.listEntries = new KeyedTable<>(jdbc, Mappings.LIST_ENTRY, true);
		this.comments = new KeyedTable<>(jdbc, Mappings.COMMENT, true);
		this.accounts = new KeyedTable<>(jdbc, Mappings.ACCOUNT, true);
	}

	@Override
	public void write(Chunk<? extends ImportItem> chunk) {
		forgetOnRollback();
		ChunkItems items = ChunkItems.of(chunk.getItems());
		Map<String, Map<Outcome, Long>> tally = RunLedger.tally();
		List<RunLedger.Change> changes = new ArrayList<>();
		films.ensure(items.filmMentions());
		accounts.write(items.profiles, runId).forEach(w -> count(tally, w.item().from().source(), w.outcome()));
		writeViewings(items.viewings, tally, changes);
		writeCurrentRatings(items.currentRatings, tally, changes);
		writeSimple(marks, items.marks, tally);
		writeSimple(likes, items.likes, tally);
		writeSimple(lists, items.lists, tally);
		writeSimple(listEntries, items.listEntries, tally);
		writeSimple(comments, items.comments, tally);
		writeRejections(items.rejections, tally);
		ledger.changed(runId, changes);
		ledger.add(runId, tally);
	}

	/**
	 * What the tables hold in memory is what this transaction writes: when it rolls back,
	 * they read the store again.
	 */
	private void forgetOnRollback() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						films.forget();
						viewings.forget();
						ratingEvents.forget();
					}
				}
			});
		}
	}

	private void writeViewings(List<Viewing> items, Map<String, Map<Outcome, Long>> tally,
			List<RunLedger.Change> changes) {
		List<ViewingTable.Written> written = viewings.write(items, runId);
		List<RatingEvent> events = new ArrayList<>();
		for (ViewingTable.Written w : written) {
			Viewing v = w.item();
			if (w.reviewEdited()) {
				changes.add(new RunLedger.Change("review_edited", describe(v.film()),
						v.watchedOn() == null ? null : "viewing of " + v.watchedOn(), v.from()));
			}
			else if (w.deletedNow()) {
				changes.add(new RunLedger.Change("viewing_deleted", describe(v.film()),
						v.watchedOn() == null ? null : "viewing of " + v.watchedOn(), v.from()));
			}
			else if (w.outcome() == Outcome.UPDATED && v.kind() == SourceKind.DIARY && w.ownsRating()) {
				changes.add(new RunLedger.Change("viewing_updated", describe(v.film()),
						ratingChange(w.previousRating(), v.rating()), v.from()));
			}
			if (v.rating() != null && v.state() != EntryState.DELETED) {
				events.addAll(ratingEvents(w));
			}
		}
		Set<String> newEvents = new HashSet<>();
		ratingEvents.write(events, runId)
			.stream()
			.filter(e -> e.outcome() == Outcome.NEW)
			.forEach(e -> newEvents.add(e.item().key()));
		for (ViewingTable.Written w : written) {
			boolean newObservation = w.observedRating() != null && newEvents.contains(observationKey(w));
			if (newObservation) {
				changes.add(new RunLedger.Change("rating_changed", describe(w.item().film()),
						ratingChange(w.previousRating(), w.item().rating()) + " (" + origin(w.item()) + ")",
						w.item().from()));
			}
			count(tally, w.item().from().source(), newObservation ? Outcome.UPDATED : w.outcome());
		}
	}

	/**
	 * The rating events a stored viewing implies: its own rating (when it is the
	 * viewing's), a differing rating a feed or page observed, and a review article's
	 * earlier rating statements, all at the watched (else logged) date.
	 */
	private List<RatingEvent> ratingEvents(ViewingTable.Written w) {
		Viewing v = w.item();
		LocalDate date = v.watchedOn() != null ? v.watchedOn() : v.loggedOn();
		String key = "viewing" + Mappings.SEP + w.key();
		List<RatingEvent> events = new ArrayList<>();
		List<StarRating> earlier = v.details().earlierRatings();
		for (int i = 0; i < earlier.size(); i++) {
			events.add(new RatingEvent(key + Mappings.SEP + "earlier" + i, v.account(), v.film().key(), date,
					earlier.get(i).halfStars(), origin(v), i - earlier.size(), v.from(), w.id()));
		}
		if (w.ownsRating()) {
			events.add(new RatingEvent(key, v.account(), v.film().key(), date, v.rating().halfStars(), origin(v), 0,
					v.from(), w.id()));
		}
		if (w.observedRating() != null) {
			events.add(new RatingEvent(observationKey(w), v.account(), v.film().key(), date, w.observedRating(),
					origin(v), 0, v.from(), w.id()));
		}
		return events;
	}

	private static String observationKey(ViewingTable.Written w) {
		return "viewing" + Mappings.SEP + w.key() + Mappings.SEP + ViewingTable.keyOf(w.item());
	}

	/**
	 * Where a viewing's rating was observed: diary, review (CSV), rss, article or page.
	 */
	private static String origin(Viewing v) {
		if (v.from() instanceof Provenance.FeedItem) {
			return "rss";
		}
		if (v.from() instanceof Provenance.PageElement page) {
			return "article".equals(page.where()) ? "article" : "page";
		}
		return v.kind() == SourceKind.REVIEW ? "review" : "diary";
	}

	/**
	 * Current ratings. One without a date (a saved films-grid page shows no date) never
	 * replaces a dated one (an export's): it counts as unchanged and is kept only as an
	 * undated observation in the rating history.
	 */
	private void writeCurrentRatings(List<CurrentRating> items, Map<String, Map<Outcome, Long>> tally,
			List<RunLedger.Change> changes) {
		List<RatingEvent> events = new ArrayList<>();
		Set<String> dated = datedCurrentRatings(items);
		List<CurrentRating> written = new ArrayList<>();
		for (CurrentRating r : items) {
			if (r.ratedOn() == null && dated.contains(Mappings.CURRENT_RATING.key().apply(r))) {
				count(tally, r.from().source(), Outcome.UNCHANGED);
				events.add(ratingEvent(r));
			}
			else {
				written.add(r);
				if (r.ratedOn() != null) {
					dated.add(Mappings.CURRENT_RATING.key().apply(r));
				}
			}
		}
		for (KeyedTable.Written<CurrentRating> w : currentRatings.write(written, runId)) {
			CurrentRating r = w.item();
			count(tally, r.from().source(), w.outcome());
			if (w.outcome() == Outcome.UPDATED && !Objects.equals(w.previous(), r.rating().halfStars())) {
				changes.add(new RunLedger.Change("rating_changed", describe(r.film()),
						ratingChange((Integer) w.previous(), r.rating()), r.from()));
			}
			events.add(ratingEvent(r));
		}
		ratingEvents.write(events, runId);
	}

	private static RatingEvent ratingEvent(CurrentRating r) {
		return new RatingEvent(
				"rating" + Mappings.SEP + r.account() + Mappings.SEP + r.film().key() + Mappings.SEP + r.ratedOn()
						+ Mappings.SEP + r.rating().halfStars(),
				r.account(), r.film().key(), r.ratedOn(), r.rating().halfStars(), "ratings", 0, r.from(), null);
	}

	/**
	 * Keys of the stored current ratings, among those of undated {@code items}, that have
	 * a date.
	 */
	private Set<String> datedCurrentRatings(List<CurrentRating> items) {
		Set<String> keys = new java.util.LinkedHashSet<>();
		items.stream().filter(r -> r.ratedOn() == null).forEach(r -> keys.add(Mappings.CURRENT_RATING.key().apply(r)));
		Set<String> dated = new HashSet<>();
		if (!keys.isEmpty()) {
			KeyLookup.query(jdbc, "SELECT row_key FROM current_rating WHERE rated_date IS NOT NULL AND row_key IN",
					keys, rs -> {
						dated.add(rs.getString(1));
					});
		}
		return dated;
	}

	private <T extends ImportItem> void writeSimple(KeyedTable<T> table, List<T> items,
			Map<String, Map<Outcome, Long>> tally) {
		table.write(items, runId).forEach(w -> count(tally, w.item().from().source(), w.outcome()));
	}

	private void writeRejections(List<Rejection> rejections, Map<String, Map<Outcome, Long>> tally) {
		ledger.reject(runId,
				rejections.stream()
					.map(r -> new RunLedger.Reject(r.from().source(), r.from().line(), r.reason(), r.raw()))
					.toList());
		rejections.forEach(r -> count(tally, r.from().source(), Outcome.REJECTED));
		rejections.stream().filter(Rejection::refusesFile).forEach(r -> ledger.refused(runId, r.from().source()));
	}

	private static void count(Map<String, Map<Outcome, Long>> tally, String source, Outcome outcome) {
		tally.computeIfAbsent(source, s -> new EnumMap<>(Outcome.class)).merge(outcome, 1L, Long::sum);
	}

	static String describe(Film film) {
		return film.year() == null ? film.title() : film.title() + " (" + film.year() + ")";
	}

	private static String ratingChange(Integer before, StarRating after) {
		String from = before == null ? "unrated" : StarRating.ofHalfStars(before).stars();
		String to = after == null ? "unrated" : after.stars();
		return from.equals(to) ? null : from + " → " + to;
	}

}
