package dev.reviewbatch.source.csvformats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

import static dev.reviewbatch.source.csvformats.LetterboxdImportColumns.*;

/**
 * Checks a CSV file meant for Letterboxd's importer before upload: size (under
 * {@link #MAX_BYTES}), encoding (UTF-8), header (known columns, no duplicates, one that
 * names the films), and every record (field count, a film named, {@code Rating} 0.5–5 in
 * half stars, {@code Rating10} 1–10 whole, {@code WatchedDate} a real ISO date,
 * {@code Rewatch} true/false, {@code Year} four digits).
 * <p>
 * Errors: a file that cannot be read at all, or whose CSV cannot be parsed (an
 * unterminated quote), throws {@link IOException} naming the line. Stateless.
 */
public final class LetterboxdImportFileCheck {

	/**
	 * Letterboxd's importer takes files up to 1 MB; a checked file must stay below this
	 * many bytes.
	 */
	public static final long MAX_BYTES = 1_000_000;

	/** One problem; {@code line} 0 is the whole file. */
	public record Problem(long line, String message) {

		/**
		 * {@code line 12: Rating "5.5": above 5 stars}, or {@code file: …} for the whole
		 * file.
		 */
		public String describe() {
			return (line > 0 ? "line " + line : "file") + ": " + message;
		}
	}

	/** What a check found: the problems in file order, and how many records it read. */
	public record Report(List<Problem> problems, long records) {

		public Report {
			problems = List.copyOf(problems);
		}
	}

	private LetterboxdImportFileCheck() {
	}

	public static Report check(Path file) throws IOException {
		List<Problem> problems = new ArrayList<>();
		long size = Files.size(file);
		if (size >= MAX_BYTES) {
			problems.add(new Problem(0, String.format(Locale.ROOT,
					"%,d bytes: Letterboxd's importer takes files under 1 MB; split it", size)));
		}
		try (CsvRecords records = CsvRecords.open(file)) {
			if (!StandardCharsets.UTF_8.equals(records.charset())) {
				problems.add(new Problem(0, "not UTF-8 (it reads as Windows-1252); save it as UTF-8"));
			}
			checkHeader(records.header(), problems);
			long count = 0;
			for (CsvRecords.Line line = next(records); line != null; line = next(records)) {
				count++;
				long number = line.number();
				RecordCheck.check(records, line.record()).forEach(m -> problems.add(new Problem(number, m)));
			}
			return new Report(problems, count);
		}
	}

	private static CsvRecords.Line next(CsvRecords records) throws IOException {
		long line = records.position();
		try {
			return records.next();
		}
		catch (UncheckedIOException ex) {
			throw new IOException("line " + line + ": unreadable CSV: " + ex.getCause().getMessage(), ex);
		}
	}

	private static void checkHeader(List<String> header, List<Problem> problems) {
		if (header.isEmpty()) {
			problems.add(new Problem(1, "empty file: no header"));
			return;
		}
		Set<String> seen = new HashSet<>();
		for (String name : header) {
			String known = known(name);
			if (known == null) {
				problems.add(new Problem(1, "column \"" + name + "\": unknown to Letterboxd's importer (known: "
						+ String.join(",", ALL) + ")"));
			}
			else if (!seen.add(known)) {
				problems.add(new Problem(1, "column \"" + name + "\": appears twice"));
			}
		}
		if (IDENTIFYING.stream().noneMatch(seen::contains)) {
			problems.add(new Problem(1, "no column names the films: needs one of " + String.join(", ", IDENTIFYING)));
		}
	}

	/** The checks of one record; each returns a message or nothing. */
	private static final class RecordCheck {

		static List<String> check(CsvRecords records, CSVRecord record) {
			List<String> messages = new ArrayList<>();
			if (record.size() != records.header().size()) {
				messages.add("expected " + records.header().size() + " fields, found " + record.size());
				return messages;
			}
			if (IDENTIFYING.stream().allMatch(column -> records.get(record, column).isEmpty())) {
				messages.add("no film: " + String.join(", ", IDENTIFYING) + " are all blank");
			}
			add(messages, RATING, records.get(record, RATING), ImportCellRules::rating);
			add(messages, RATING10, records.get(record, RATING10), ImportCellRules::rating10);
			add(messages, WATCHED_DATE, records.get(record, WATCHED_DATE), ImportCellRules::date);
			add(messages, REWATCH, records.get(record, REWATCH), ImportCellRules::rewatch);
			add(messages, YEAR, records.get(record, YEAR), ImportCellRules::year);
			return messages;
		}

		private static void add(List<String> messages, String column, String value,
				java.util.function.Function<String, String> rule) {
			String problem = value.isEmpty() ? null : rule.apply(value);
			if (problem != null) {
				messages.add(column + " \"" + value + "\": " + problem);
			}
		}

	}

}
