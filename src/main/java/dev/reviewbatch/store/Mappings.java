package dev.reviewbatch.store;

import java.util.List;

import dev.reviewbatch.domain.Comment;
import dev.reviewbatch.domain.CurrentRating;
import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.FilmList;
import dev.reviewbatch.domain.FilmMark;
import dev.reviewbatch.domain.LinkLike;
import dev.reviewbatch.domain.ListEntry;
import dev.reviewbatch.domain.Profile;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.TagCell;

/**
 * The table mapping of every record kind but viewings (see {@link ViewingTable}): which
 * columns hold it and what identifies it. One place, so the store's shape reads top to
 * bottom.
 */
final class Mappings {

	/** Separates the parts of composite keys; cannot occur in titles or URIs. */
	static final String SEP = "\u001f";

	static final TableMapping<Profile> ACCOUNT = new TableMapping<>("account",
			List.of("username", "joined_date", "state"), p -> p.username(),
			p -> new Object[] { p.username(), p.joined(), EntryState.LIVE.name() }, Profile::from, null);

	static final TableMapping<CurrentRating> CURRENT_RATING = new TableMapping<>("current_rating",
			List.of("account", "film_key", "half_stars", "rated_date", "letterboxd_uri", "state"),
			r -> r.account() + SEP + r.film().key(), r -> new Object[] { r.account(), r.film().key(),
					r.rating().halfStars(), r.ratedOn(), r.filmUri(), EntryState.LIVE.name() },
			CurrentRating::from, "half_stars");

	static final TableMapping<FilmMark> FILM_MARK = new TableMapping<>("film_mark",
			List.of("account", "kind", "film_key", "mark_date", "letterboxd_uri", "state"),
			m -> m.account() + SEP + m.kind() + SEP + (m.filmUri() != null ? m.filmUri() : m.film().key()),
			m -> new Object[] { m.account(), m.kind().name(), m.film().key(), m.date(), m.filmUri(), m.state().name() },
			FilmMark::from, null);

	static final TableMapping<LinkLike> LINK_LIKE = new TableMapping<>("link_like",
			List.of("account", "target", "like_date", "state"), l -> l.account() + SEP + l.target(),
			l -> new Object[] { l.account(), l.target(), l.date(), EntryState.LIVE.name() }, LinkLike::from, null);

	static final TableMapping<FilmList> FILM_LIST = new TableMapping<>("film_list",
			List.of("account", "name", "tags", "letterboxd_uri", "description", "list_date", "state"),
			FilmList::listKey, l -> new Object[] { l.account(), l.name(), TagCell.of(l.tags()), l.uri(),
					l.description(), l.date(), l.state().name() },
			FilmList::from, null);

	static final TableMapping<ListEntry> LIST_ENTRY = new TableMapping<>("list_entry",
			List.of("list_key", "list_position", "account", "film_key", "letterboxd_uri", "notes", "state"),
			e -> e.listKey() + SEP + e.position(), e -> new Object[] { e.listKey(), e.position(), e.account(),
					e.film().key(), e.filmUri(), e.notes(), EntryState.LIVE.name() },
			ListEntry::from, null);

	static final TableMapping<Comment> COMMENT = new TableMapping<>("user_comment",
			List.of("account", "comment_date", "target", "body", "state"),
			c -> Fingerprint.hex(c.account(), c.target(), c.date(), c.text()),
			c -> new Object[] { c.account(), c.date(), c.target(), c.text(), c.state().name() }, Comment::from, null);

	/**
	 * A rating observation: its key makes a re-import of the same observation a no-op.
	 * {@code seq} orders observations of one date: a review's earlier statements before
	 * its final one (negative, 0 = the last). {@code viewingId} is the viewing whose
	 * observation it is (null for a current rating's).
	 */
	record RatingEvent(String key, String account, String filmKey, java.time.LocalDate date, int halfStars,
			String origin, int seq, Provenance from, Long viewingId) {
	}

	static final TableMapping<RatingEvent> RATING_EVENT = new TableMapping<>("rating_event",
			List.of("account", "film_key", "event_date", "half_stars", "origin", "seq", "state"), RatingEvent::key,
			e -> new Object[] { e.account(), e.filmKey(), e.date(), e.halfStars(), e.origin(), e.seq(),
					EntryState.LIVE.name() },
			RatingEvent::from, "half_stars");

	private Mappings() {
	}

}
