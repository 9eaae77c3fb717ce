package dev.reviewbatch.sink.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.reviewbatch.sink.AtomicFile;

/**
 * The data files behind the page: every table as {@code data/<name>.csv} (UTF-8, header
 * row, LF, quoted only where needed, formula-like cells neutralised) and the nested
 * timelines as {@code data/rating_timelines.json}. Each file is written beside its target
 * and moved into place. Stateless.
 */
final class ReportFiles {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ReportFiles() {
	}

	static String csv(ReportTable table) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(table.columns());
			for (List<String> row : table.rows()) {
				printer.printRecord(row.stream().map(Markup::csvCell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** The shown changed films, each with every rating observation in order. */
	static String timelinesJson(List<RatingHistory.Timeline> timelines) {
		List<Map<String, Object>> films = timelines.stream().map(timeline -> {
			Map<String, Object> film = new LinkedHashMap<>();
			film.put("film_key", timeline.film().filmKey());
			film.put("title", timeline.film().title());
			film.put("year", timeline.film().year());
			film.put("account", timeline.account());
			film.put("change", Figures.change(timeline.delta()));
			film.put("events", timeline.observations().stream().map(ReportFiles::event).toList());
			return film;
		}).toList();
		return JSON.writeValueAsString(films) + "\n";
	}

	private static Map<String, Object> event(ReportQueries.Observation e) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("date", e.date() == null ? null : e.date().toString());
		event.put("rating", Figures.stars(e.halfStars()));
		event.put("origin", e.origin());
		event.put("source", e.source() + ":" + e.line());
		return event;
	}

	/**
	 * A CSV written row by row into {@code data/<name>.csv.partial} and moved into place
	 * on {@link #close()}, so a long per-film table never has to be held in memory. Not
	 * thread-safe.
	 */
	static final class CsvStream implements AutoCloseable {

		private final String name;

		private final List<String> columns;

		private final Path target;

		private final Path partial;

		private final CSVPrinter printer;

		private long rows;

		private CsvStream(Path folder, String name, List<String> columns) {
			this.name = name;
			this.columns = List.copyOf(columns);
			this.target = folder.resolve(name + ".csv");
			this.partial = AtomicFile.partial(target);
			try {
				Files.createDirectories(folder);
				BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
				this.printer = new CSVPrinter(writer, FORMAT);
				printer.printRecord(columns);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot write " + target + ": " + ex.getMessage(), ex);
			}
		}

		/**
		 * Opens {@code folder/<name>.csv} for writing (the folder is created if needed).
		 */
		static CsvStream open(Path folder, String name, List<String> columns) {
			return new CsvStream(folder, name, columns);
		}

		void row(List<String> cells) {
			if (cells.size() != columns.size()) {
				throw new IllegalArgumentException(name + ": row " + cells + " does not match columns " + columns);
			}
			try {
				printer.printRecord(cells.stream().map(Markup::csvCell).toList());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot write " + target + ": " + ex.getMessage(), ex);
			}
			rows++;
		}

		String name() {
			return name;
		}

		List<String> columns() {
			return columns;
		}

		long rows() {
			return rows;
		}

		@Override
		public void close() {
			try {
				printer.close();
				AtomicFile.commit(target);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot write " + target + ": " + ex.getMessage(), ex);
			}
		}

	}

	static void write(Path target, String content) {
		AtomicFile.writeString(target, content);
	}

}
