package dev.reviewbatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a round trip must keep, read from a store's JSONL dump
 * ({@code export --format jsonl}): the viewings a Letterboxd import file carries (film,
 * watched date, rating, rewatch, tags, review HTML), the current ratings of films without
 * such a viewing, and the films they name. Each fact is one comparable line.
 */
record StoreFacts(List<String> viewings, Set<String> ratingsWithoutViewing, Set<String> films) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static StoreFacts of(Path dump) throws Exception {
		Map<String, String> reviews = new HashMap<>();
		for (Map<String, Object> review : lines(dump.resolve("reviews.jsonl"))) {
			reviews.put((String) review.get("viewing_key"), (String) review.get("review_html"));
		}
		List<String> viewings = new ArrayList<>();
		Set<String> viewed = new TreeSet<>();
		for (Map<String, Object> v : lines(dump.resolve("viewings.jsonl"))) {
			boolean shown = (Boolean.TRUE.equals(v.get("in_diary")) || v.get("watched_date") != null)
					&& Set.of("LIVE", "ORPHANED").contains(v.get("state"));
			if (shown) {
				viewings.add(String.join(" | ", "" + v.get("film_key"), "" + v.get("watched_date"),
						"" + v.get("half_stars"), "" + v.get("rewatch"), Objects.toString(v.get("tags"), ""),
						Objects.toString(reviews.get((String) v.get("key")), "")));
				viewed.add((String) v.get("film_key"));
			}
		}
		viewings.sort(null);
		Set<String> ratings = new TreeSet<>();
		Set<String> rated = new TreeSet<>();
		for (Map<String, Object> r : lines(dump.resolve("current_ratings.jsonl"))) {
			if ("LIVE".equals(r.get("state")) && !viewed.contains(r.get("film_key"))) {
				ratings.add(r.get("film_key") + " | " + r.get("half_stars"));
				rated.add((String) r.get("film_key"));
			}
		}
		Set<String> films = new TreeSet<>();
		for (Map<String, Object> f : lines(dump.resolve("films.jsonl"))) {
			if (viewed.contains(f.get("key")) || rated.contains(f.get("key"))) {
				films.add(f.get("key") + " | " + f.get("title") + " | " + f.get("year"));
			}
		}
		return new StoreFacts(viewings, ratings, films);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> lines(Path file) throws Exception {
		List<Map<String, Object>> records = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			records.add(JSON.readValue(line, Map.class));
		}
		return records;
	}
}
