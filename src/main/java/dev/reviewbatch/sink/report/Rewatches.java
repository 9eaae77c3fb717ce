package dev.reviewbatch.sink.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Films seen more than once or logged as a rewatch, most viewings first, and for those
 * with two or more rated viewings the rating of the first viewing against the latest. Per
 * account. Both lists were streamed into their CSV by {@link FilmViewingsFold}; only the
 * rows the page shows are kept. Immutable.
 */
record Rewatches(long films, List<Rewatched> most, long withTwoRatings, List<RewatchRating> biggestChanges,
		List<ReportTable> tables) {

	static final int SHOWN = 20;

	static final int CHANGES_SHOWN = 10;

	/** A film one account watched more than once or logged as a rewatch. */
	record Rewatched(FilmRef film, String account, long viewings, long markedRewatch, LocalDate first,
			LocalDate latest) {
	}

	/** A film's rating at its first and at its latest rated viewing. */
	record RewatchRating(FilmRef film, String account, int first, int latest) {
	}

	Rewatches {
		most = List.copyOf(most);
		biggestChanges = List.copyOf(biggestChanges);
		tables = List.copyOf(tables);
	}
}
