package dev.reviewbatch.sink.report;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every figure of the report, computed by the store's own aggregates
 * ({@link ReportQueries}). Per-film lists that can be long are streamed into
 * {@code data/} while they are read. Immutable.
 */
record ReportData(Totals totals, RatingDistribution ratings, Activity activity, YearInReview years, Decades decades,
		Rewatches rewatches, RatingHistory history, RatingDrift drift, Tags tags, Reviews reviews, LikesAndLists likes,
		DataQuality quality) {

	/** Reads the store; writes the streamed tables into {@code dataFolder}. */
	static ReportData load(JdbcTemplate jdbc, Path dataFolder) {
		ReportQueries q = new ReportQueries(jdbc);
		List<ReportQueries.Day> days = q.days();
		RatingDistribution ratings = RatingDistribution.of(q);
		Decades decades = Decades.of(q);
		FilmViewingsFold.Folded folded = FilmViewingsFold.fold(q, dataFolder);
		return new ReportData(Totals.of(q, days, ratings.rated(), decades.filmsWatched()), ratings, Activity.of(days),
				YearInReview.of(q, days, folded), decades, folded.rewatches(), RatingHistory.of(q, dataFolder),
				RatingDrift.of(folded, days), Tags.of(q), Reviews.of(q), LikesAndLists.of(q), DataQuality.of(q, jdbc));
	}

	/** One account's store: the page leaves the account column out. */
	boolean oneAccount() {
		return totals.accounts() <= 1;
	}

	/**
	 * Every table, in page order; each is (or was already streamed into)
	 * {@code data/<name>.csv}.
	 */
	List<ReportTable> tables() {
		return Stream
			.of(totals.tables(), ratings.tables(), activity.tables(), years.tables(), decades.tables(),
					rewatches.tables(), history.tables(), drift.tables(), tags.tables(), reviews.tables(),
					likes.tables(), quality.tables())
			.flatMap(List::stream)
			.toList();
	}
}
