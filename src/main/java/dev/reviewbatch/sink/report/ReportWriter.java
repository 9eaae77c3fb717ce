package dev.reviewbatch.sink.report;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.reviewbatch.sink.AccountScope;

/**
 * Writes {@code reports/} from the whole store: {@code index.html} (one self-contained
 * page), {@code summary.md} (the same facts as text) and {@code data/} (a CSV per table,
 * JSON for the shown timelines). The same store gives byte-identical files except for the
 * one generated-at line of {@code index.html} and of {@code summary.md}. Reads the store
 * only; throws {@link java.io.UncheckedIOException} naming the file it could not write.
 * Thread-safe (stateless over JDBC).
 */
public class ReportWriter {

	public static final String GENERATED_PREFIX = "Generated at ";

	private final JdbcTemplate jdbc;

	public ReportWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A writer of one account's reports: the same report over that account's rows only
	 * ({@link AccountScope}; the film count stays the store's).
	 */
	public static ReportWriter forAccount(JdbcTemplate jdbc, String account) {
		JdbcTemplate scoped = new JdbcTemplate(AccountScope.of(jdbc.getDataSource(), account));
		scoped.setFetchSize(jdbc.getFetchSize());
		return new ReportWriter(scoped);
	}

	/**
	 * Writes the reports into {@code folder} (created if needed); returns the path of
	 * {@code index.html}.
	 */
	public Path write(Path folder, Instant generatedAt) {
		Path dataFolder = folder.resolve("data");
		ReportData data = ReportData.load(jdbc, dataFolder);
		List<PageSection> sections = ReportPage.sections(data);
		String generated = GENERATED_PREFIX + generatedAt.truncatedTo(ChronoUnit.SECONDS) + " from the store.";
		for (ReportTable table : data.tables()) {
			if (!table.streamed()) {
				ReportFiles.write(dataFolder.resolve(table.name() + ".csv"), ReportFiles.csv(table));
			}
		}
		ReportFiles.write(dataFolder.resolve("rating_timelines.json"),
				ReportFiles.timelinesJson(data.history().timelines()));
		ReportFiles.write(folder.resolve("summary.md"), SummaryMarkdown.render(generated, sections));
		Path index = folder.resolve("index.html");
		ReportFiles.write(index, HtmlPage.render(generated, sections, data.oneAccount()));
		return index;
	}

}
