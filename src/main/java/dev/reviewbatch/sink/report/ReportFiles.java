package dev.reviewbatch.sink.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.reviewbatch.sink.report.ReportRows.RatingEvent;

/**
 * The data files behind the page: every table as {@code data/<name>.csv} (UTF-8, header row, LF, quoted only where
 * needed, formula-like cells neutralised) and the nested timelines as {@code data/rating_timelines.json}. Each file
 * is written beside its target and moved into place. Stateless.
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

	/** The changed films, each with its events in order. */
	static String timelinesJson(RatingHistory history) {
		List<Map<String, Object>> films = history.changes().stream().map(change -> {
			Map<String, Object> film = new LinkedHashMap<>();
			film.put("film_key", change.film().filmKey());
			film.put("title", change.film().title());
			film.put("year", change.film().year());
			film.put("account", change.account());
			film.put("change", Figures.change(change.delta()));
			film.put("events", change.timeline().stream().map(ReportFiles::event).toList());
			return film;
		}).toList();
		return JSON.writeValueAsString(films) + "\n";
	}

	private static Map<String, Object> event(RatingEvent e) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("date", e.date() == null ? null : e.date().toString());
		event.put("rating", Figures.stars(e.halfStars()));
		event.put("origin", e.origin());
		event.put("source", e.source() + ":" + e.line());
		return event;
	}

	static void write(Path target, String content) {
		try {
			Files.createDirectories(target.toAbsolutePath().getParent());
			Path partial = target.resolveSibling(target.getFileName() + ".partial");
			Files.writeString(partial, content, StandardCharsets.UTF_8);
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + target + ": " + ex.getMessage(), ex);
		}
	}
}
