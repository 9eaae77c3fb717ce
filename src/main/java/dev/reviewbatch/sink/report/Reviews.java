package dev.reviewbatch.sink.report;

import java.util.ArrayList;
import java.util.List;

import dev.reviewbatch.sink.report.ReportQueries.Review;

/**
 * Reviews: how many, how long (in words, in fixed buckets; the texts are streamed, never
 * held) and the most recent ones by logged date with an excerpt of their plain text.
 * Immutable.
 */
record Reviews(long count, List<Long> wordsPerBucket, long totalWords, List<Review> mostRecent) {

	static final int RECENT = 6;

	static final int EXCERPT_CHARS = 280;

	/** Lower bounds of the word-count buckets; the last is open-ended. */
	static final List<Integer> BUCKETS = List.of(0, 50, 100, 250, 500, 1000);

	Reviews {
		wordsPerBucket = List.copyOf(wordsPerBucket);
		mostRecent = List.copyOf(mostRecent);
	}

	static Reviews of(ReportQueries q) {
		long[] counts = new long[BUCKETS.size()];
		long[] totals = new long[2];
		q.reviewTexts(text -> {
			int words = words(text);
			totals[0]++;
			totals[1] += words;
			int bucket = BUCKETS.size() - 1;
			while (words < BUCKETS.get(bucket)) {
				bucket--;
			}
			counts[bucket]++;
		});
		List<Long> buckets = new ArrayList<>();
		for (long count : counts) {
			buckets.add(count);
		}
		return new Reviews(totals[0], buckets, totals[1], totals[0] == 0 ? List.of() : q.recentReviews(RECENT));
	}

	static int words(String text) {
		String trimmed = text.strip();
		return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
	}

	static String bucketLabel(int index) {
		return index == BUCKETS.size() - 1 ? BUCKETS.get(index) + "+"
				: BUCKETS.get(index) + "–" + (BUCKETS.get(index + 1) - 1);
	}

	static String excerpt(String text) {
		return excerpt(text, EXCERPT_CHARS);
	}

	/**
	 * The text on one line, cut after {@code chars} code points (with an ellipsis when
	 * cut).
	 */
	static String excerpt(String text, int chars) {
		String flat = text.strip().replaceAll("\\s+", " ");
		return flat.codePointCount(0, flat.length()) <= chars ? flat
				: flat.substring(0, flat.offsetByCodePoints(0, chars)) + "…";
	}

	String averageWords() {
		return count == 0 ? "" : Long.toString(Math.round((double) totalWords / count));
	}

	List<ReportTable> tables() {
		List<List<String>> buckets = new ArrayList<>();
		for (int i = 0; i < BUCKETS.size(); i++) {
			buckets.add(List.of(bucketLabel(i), wordsPerBucket.get(i).toString()));
		}
		return List.of(
				ReportTable.of("review_summary", "Reviews", List.of("figure", "value"),
						List.of(List.of("reviews", Long.toString(count)), List.of("words", Long.toString(totalWords)),
								List.of("average_words", averageWords()))),
				ReportTable.of("review_lengths", "Review length in words", List.of("words", "reviews"), buckets),
				ReportTable.of("recent_reviews", "Most recent reviews",
						List.of("logged_date", "watched_date", "film_key", "title", "year", "account", "rating",
								"excerpt"),
						mostRecent.stream()
							.map(r -> List.of(Figures.date(r.logged()), Figures.date(r.watched()), r.film().filmKey(),
									r.film().title(), r.film().yearText(), r.account(), Figures.stars(r.halfStars()),
									excerpt(r.text())))
							.toList()));
	}
}
