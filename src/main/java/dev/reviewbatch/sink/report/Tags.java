package dev.reviewbatch.sink.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tags on viewings, most used first (then by tag), with the number of films and the
 * average viewing rating. Tags are case-sensitive. Counted from the store's per-film,
 * per-tag-string aggregates. Immutable.
 */
record Tags(List<Tag> tags) {

	/** One tag; the average is empty when no tagged viewing is rated. */
	record Tag(String tag, long uses, long films, long rated, String averageRating) {
	}

	Tags {
		tags = List.copyOf(tags);
	}

	static Tags of(ReportQueries q) {
		Map<String, long[]> sums = new TreeMap<>();
		Map<String, Set<String>> films = new TreeMap<>();
		q.taggedFilms(t -> {
			for (String tag : split(t.tags())) {
				long[] sum = sums.computeIfAbsent(tag, x -> new long[3]);
				sum[0] += t.uses();
				sum[1] += t.rated();
				sum[2] += t.halfStarSum();
				films.computeIfAbsent(tag, x -> new HashSet<>()).add(t.filmKey());
			}
		});
		List<Tag> tags = new ArrayList<>();
		sums.forEach((tag, sum) -> tags
			.add(new Tag(tag, sum[0], films.get(tag).size(), sum[1], Figures.meanStars(sum[2], sum[1]))));
		tags.sort(Comparator.comparing(Tag::uses, Comparator.reverseOrder()).thenComparing(Tag::tag));
		return new Tags(tags);
	}

	/** Stored tags are joined with ", "; a tag never holds a comma. Each tag once. */
	static List<String> split(String joined) {
		if (joined == null || joined.isBlank()) {
			return List.of();
		}
		return Arrays.stream(joined.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
	}

	List<ReportTable> tables() {
		return List.of(
				ReportTable
					.of("tags", "Tags, most used first",
							List.of("tag", "uses", "films", "rated_uses", "average_rating"),
							tags.stream()
								.map(t -> List.of(t.tag(), Long.toString(t.uses()), Long.toString(t.films()),
										Long.toString(t.rated()), t.averageRating()))
								.toList())
					.showing(30));
	}
}
