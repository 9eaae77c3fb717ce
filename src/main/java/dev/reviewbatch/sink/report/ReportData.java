package dev.reviewbatch.sink.report;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/** Every figure of the report, computed from one reading of the store. Immutable. */
record ReportData(Totals totals, RatingDistribution ratings, Activity activity, Decades decades, Rewatches rewatches,
		RatingHistory history, RatingDrift drift, Tags tags, Reviews reviews, DataQuality quality) {

	static ReportData load(JdbcTemplate jdbc) {
		ReportRows rows = ReportRows.read(jdbc);
		return new ReportData(Totals.of(rows, jdbc), RatingDistribution.of(rows), Activity.of(rows), Decades.of(rows),
				Rewatches.of(rows), RatingHistory.of(rows), RatingDrift.of(rows), Tags.of(rows), Reviews.of(rows),
				DataQuality.of(jdbc));
	}

	/** Every table, in page order; each becomes {@code data/<name>.csv}. */
	List<ReportTable> tables() {
		return Stream.of(totals.tables(), ratings.tables(), activity.tables(), decades.tables(), rewatches.tables(),
				history.tables(), drift.tables(), tags.tables(), reviews.tables(), quality.tables())
			.flatMap(List::stream).toList();
	}
}
