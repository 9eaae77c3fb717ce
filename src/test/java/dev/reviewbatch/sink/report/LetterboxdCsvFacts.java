package dev.reviewbatch.sink.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVRecord;

/**
 * The report's figures computed straight from an unpacked Letterboxd export's CSV files,
 * without the importer or the store, so the tests can check the report against an
 * independent reading. Films are identified by a loose key (letters and digits of the
 * title, lower case, plus the year).
 */
final class LetterboxdCsvFacts {

	/**
	 * One rating observation read from a file; rank orders events of one date: diary,
	 * review, then ratings.
	 */
	record Event(String film, LocalDate date, int halfStars, int rank) {
	}

	private final Path export;

	LetterboxdCsvFacts(Path export) {
		this.export = export;
	}

	/** Current ratings (ratings.csv) per half-star 1..10; index 0 unused. */
	long[] histogram() {
		long[] counts = new long[11];
		rows("ratings.csv").forEach(r -> counts[halfStars(r.get("Rating"))]++);
		return counts;
	}

	/**
	 * Watched dates of viewings: diary rows (live and orphaned) and reviews with a
	 * watched date and no diary row.
	 */
	List<LocalDate> watchedDates() {
		List<LocalDate> dates = new ArrayList<>();
		Set<String> diaryUris = new HashSet<>();
		for (String file : List.of("diary.csv", "orphaned/diary.csv")) {
			for (CSVRecord row : rows(file)) {
				diaryUris.add(row.get("Letterboxd URI"));
				if (!row.get("Watched Date").isBlank()) {
					dates.add(LocalDate.parse(row.get("Watched Date")));
				}
			}
		}
		rows("reviews.csv").stream()
			.filter(r -> !r.get("Watched Date").isBlank() && !diaryUris.contains(r.get("Letterboxd URI")))
			.forEach(r -> dates.add(LocalDate.parse(r.get("Watched Date"))));
		return dates;
	}

	/** Films (loose keys) whose first rating differs from their latest. */
	Set<String> filmsWhoseRatingChanged() {
		Map<String, List<Event>> byFilm = new TreeMap<>();
		for (Event event : events()) {
			byFilm.computeIfAbsent(event.film(), f -> new ArrayList<>()).add(event);
		}
		Set<String> changed = new TreeSet<>();
		byFilm.forEach((film, events) -> {
			events.sort(Comparator.comparing(Event::date).thenComparing(Event::rank));
			if (events.get(0).halfStars() != events.get(events.size() - 1).halfStars()) {
				changed.add(film);
			}
		});
		return changed;
	}

	private List<Event> events() {
		List<Event> events = new ArrayList<>();
		addEvents(events, "diary.csv", 0, "Watched Date");
		addEvents(events, "reviews.csv", 1, "Watched Date");
		addEvents(events, "ratings.csv", 2, "Date");
		return events;
	}

	private void addEvents(List<Event> events, String file, int rank, String dateColumn) {
		for (CSVRecord row : rows(file)) {
			if (row.get("Rating").isBlank()) {
				continue;
			}
			String date = row.isMapped(dateColumn) && !row.get(dateColumn).isBlank() ? row.get(dateColumn)
					: row.get("Date");
			events.add(new Event(filmKey(row.get("Name"), row.get("Year")), LocalDate.parse(date),
					halfStars(row.get("Rating")), rank));
		}
	}

	/**
	 * What a strict importer keeps: a name, a rating of 0.5..5 or none, and real calendar
	 * dates.
	 */
	private static boolean accepted(CSVRecord row) {
		if (row.isMapped("Name") && row.get("Name").isBlank()) {
			return false;
		}
		if (row.isMapped("Rating") && !row.get("Rating").isBlank()
				&& (halfStars(row.get("Rating")) < 1 || halfStars(row.get("Rating")) > 10)) {
			return false;
		}
		for (String column : List.of("Date", "Watched Date")) {
			if (row.isMapped(column) && !row.get(column).isBlank()) {
				try {
					LocalDate.parse(row.get(column));
				}
				catch (java.time.format.DateTimeParseException ex) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * Letters and digits of the title in lower case, and the year: loose enough to
	 * survive title clean-up.
	 */
	static String filmKey(String title, String year) {
		String folded = Normalizer.normalize(title, Normalizer.Form.NFKD)
			.toLowerCase()
			.replaceAll("[^\\p{L}\\p{N}]", "");
		return folded + ":" + year.strip();
	}

	static int halfStars(String stars) {
		return (int) Math.round(Double.parseDouble(stars) * 2);
	}

	List<CSVRecord> rows(String file) {
		Path path = export.resolve(file);
		if (!Files.exists(path)) {
			return List.of();
		}
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			return ReportRuns.READ.parse(reader).getRecords().stream().filter(LetterboxdCsvFacts::accepted).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
