package dev.reviewbatch.sink.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class StoreDumpWriterTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path folder;

	private final TestStore store = new TestStore().film("1:2013", "+1", 2013, "https://boxd.it/plus")
		.film("heat:1995", "Heat", 1995, null)
		.viewing("v2", "heat:1995", LocalDate.of(2020, 1, 1), 8, true, "-meh, @ home", "=1+1", "LIVE")
		.viewing("v1", "1:2013", null, null, false, null, null, "DELETED")
		.rating("heat:1995", 8, "LIVE");

	@Test
	void write_everyTable_oneFilePerTableWithItsHeader() throws IOException {
		Map<String, Long> rows = new StoreDumpWriter(store.jdbc).write(folder, StoreDumpWriter.Format.CSV);

		assertThat(rows).containsOnlyKeys("accounts", "films", "viewings", "reviews", "rating_events",
				"current_ratings", "film_marks", "lists", "list_entries", "likes", "comments");
		assertThat(rows).containsEntry("films", 2L).containsEntry("viewings", 2L).containsEntry("reviews", 1L);
		for (String table : rows.keySet()) {
			assertThat(folder.resolve(table + ".csv")).exists();
		}
		assertThat(Files.readAllLines(folder.resolve("viewings.csv")).get(0)).isEqualTo("key,account,film_key,"
				+ "watched_date,logged_date,half_stars,rewatch,tags,letterboxd_uri,in_diary,has_review,state,source,"
				+ "source_line");
	}

	@Test
	void write_csv_guardsTextCellsAndKeepsStableOrder() throws IOException {
		new StoreDumpWriter(store.jdbc).write(folder, StoreDumpWriter.Format.CSV);

		List<Map<String, String>> films = LetterboxdImportWriterTests.rows(folder.resolve("films.csv"));
		assertThat(films).extracting(row -> row.get("key")).containsExactly("1:2013", "heat:1995");
		assertThat(films.get(0)).containsEntry("title", "'+1");
		List<Map<String, String>> viewings = LetterboxdImportWriterTests.rows(folder.resolve("viewings.csv"));
		assertThat(viewings).extracting(row -> row.get("key")).containsExactly("v1", "v2");
		assertThat(viewings.get(1)).containsEntry("tags", "'-meh, @ home")
			.containsEntry("half_stars", "8")
			.containsEntry("watched_date", "2020-01-01")
			.containsEntry("rewatch", "true");
		assertThat(LetterboxdImportWriterTests.rows(folder.resolve("reviews.csv")).get(0)).containsEntry("review_html",
				"'=1+1");
	}

	@Test
	void write_jsonl_lossless_typedValues() throws IOException {
		new StoreDumpWriter(store.jdbc).write(folder, StoreDumpWriter.Format.JSONL);

		List<String> lines = Files.readAllLines(folder.resolve("viewings.jsonl"));
		assertThat(lines).hasSize(2);
		Map<?, ?> v2 = JSON.readValue(lines.get(1), Map.class);
		assertThat(v2.get("key")).isEqualTo("v2");
		assertThat(v2.get("half_stars")).isEqualTo(8);
		assertThat(v2.get("rewatch")).isEqualTo(true);
		assertThat(v2.get("tags")).isEqualTo("-meh, @ home");
		assertThat(v2.get("watched_date")).isEqualTo("2020-01-01");
		Map<?, ?> v1 = JSON.readValue(lines.get(0), Map.class);
		assertThat(v1.containsKey("watched_date")).isTrue();
		assertThat(v1.get("watched_date")).isNull();
		assertThat(JSON.readValue(Files.readAllLines(folder.resolve("films.jsonl")).get(0), Map.class).get("title"))
			.isEqualTo("+1");
		assertThat(Files.readAllLines(folder.resolve("comments.jsonl"))).isEmpty();
	}

	@Test
	void write_twice_identicalFiles() throws IOException {
		StoreDumpWriter writer = new StoreDumpWriter(store.jdbc);
		writer.write(folder.resolve("a"), StoreDumpWriter.Format.JSONL);
		writer.write(folder.resolve("b"), StoreDumpWriter.Format.JSONL);

		for (String table : List.of("films", "viewings", "current_ratings")) {
			assertThat(folder.resolve("a").resolve(table + ".jsonl"))
				.hasSameTextualContentAs(folder.resolve("b").resolve(table + ".jsonl"));
		}
	}

}
