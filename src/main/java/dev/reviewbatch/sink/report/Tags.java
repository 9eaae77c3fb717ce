package dev.reviewbatch.sink.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.reviewbatch.sink.report.ReportRows.ViewingRow;

/** Tags on viewings, most used first (then by tag), with the number of films and the average viewing rating. Tags are case-sensitive. Immutable. */
record Tags(List<Tag> tags) {

	/** One tag; the average is empty when no tagged viewing is rated. */
	record Tag(String tag, int uses, int films, int rated, String averageRating) {
	}

	Tags {
		tags = List.copyOf(tags);
	}

	static Tags of(ReportRows rows) {
		Map<String, List<ViewingRow>> byTag = new TreeMap<>();
		for (ViewingRow viewing : rows.viewings()) {
			for (String tag : viewing.tags()) {
				byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(viewing);
			}
		}
		List<Tag> tags = new ArrayList<>();
		byTag.forEach((tag, viewings) -> {
			List<Integer> ratings = viewings.stream().map(ViewingRow::halfStars).filter(r -> r != null).toList();
			int films = new TreeSet<>(viewings.stream().map(v -> v.film().filmKey()).toList()).size();
			tags.add(new Tag(tag, viewings.size(), films, ratings.size(), Figures.meanStars(ratings)));
		});
		tags.sort(Comparator.comparing(Tag::uses, Comparator.reverseOrder()).thenComparing(Tag::tag));
		return new Tags(tags);
	}

	List<ReportTable> tables() {
		return List.of(ReportTable.of("tags", "Tags, most used first",
				List.of("tag", "uses", "films", "rated_uses", "average_rating"),
				tags.stream().map(t -> List.of(t.tag(), Integer.toString(t.uses()), Integer.toString(t.films()),
						Integer.toString(t.rated()), t.averageRating())).toList())
			.showing(30));
	}
}
