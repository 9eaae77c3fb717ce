package dev.reviewbatch.sink.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import dev.reviewbatch.Fixtures;
import dev.reviewbatch.SlowTest;
import dev.reviewbatch.cli.ReviewBatchCli;

/**
 * The report of a large store stays a page people can open: a store of 200,000 viewings
 * (66,667 films, most of them rewatched and re-rated, a rating event per viewing and a
 * current rating per film) gives an index.html under 2 MB, with the long per-film lists
 * complete in data/ and capped on the page. The rows are inserted directly (an import of
 * that size takes minutes on a shared machine); the sample import first creates the
 * schema. Where Chromium is installed the page is also laid out at 390 px.
 */
@SlowTest
class LargeStoreReportTests {

	private static final long SYNTHETIC_IDS = 1_000_000;

	static final int VIEWINGS = 200_000;

	static final int FILMS = VIEWINGS / 3;

	static final long PAGE_CAP_BYTES = 2_000_000;

	@TempDir
	Path out;

	@Test
	void report_ofA200kViewingStore_isUnderTwoMegabytesWithFullDataFiles() throws Exception {
		ReportRuns.importAndReport(Fixtures.SAMPLE_ZIP, out);
		insertSyntheticRows("jdbc:h2:file:" + out.toAbsolutePath().resolve("reviewbatch"));

		assertThat(ReviewBatchCli.execute("report", "--out", out.toString())).isZero();

		Path reports = out.resolve("reports");
		assertThat(Files.size(reports.resolve("index.html"))).as("bytes of index.html").isLessThan(PAGE_CAP_BYTES);
		assertThat(Files.size(reports.resolve("data/rating_timelines.json"))).as("bytes of rating_timelines.json")
			.isLessThan(200_000);
		assertThat(ReportRuns.data(reports, "totals")).filteredOn(r -> r.get("figure").equals("viewings"))
			.singleElement()
			.satisfies(r -> assertThat(Long.parseLong(r.get("value"))).isGreaterThan(VIEWINGS));
		assertThat(ReportRuns.data(reports, "rewatches").size()).as("rewatched films, all of them in data/")
			.isGreaterThan(FILMS / 2);
		String html = ReportRuns.read(reports.resolve("index.html"));
		assertThat(html).contains("The first 50 of").contains("data/rating_changes.csv");
		if (HeadlessChromium.available()) {
			try (HeadlessChromium chromium = new HeadlessChromium()) {
				ScreenshotReportTests.chromium = chromium;
				ScreenshotReportTests.script = new String(
						getClass().getResourceAsStream("/report/layout-facts.js").readAllBytes());
				JsonNode facts = ScreenshotReportTests.measure(reports.resolve("index.html"), 390,
						ScreenshotReportTests.SCREENSHOTS.resolve("large-phone.png"));
				assertThat(facts.get("scrollWidth").asInt()).as("page width at 390 px").isLessThanOrEqualTo(390);
				assertThat(facts.get("overlaps")).as("overlapping chart labels").isEmpty();
				assertThat(facts.get("wide")).as("elements wider than the screen").isEmpty();
			}
			finally {
				ScreenshotReportTests.chromium = null;
			}
		}
		else {
			System.out.println("LargeStoreReportTests: " + HeadlessChromium.EXECUTABLE
					+ " is missing; the page size is checked, its layout is not");
		}
	}

	/**
	 * Films, viewings (a third with a review, a seventh tagged), one rating event per
	 * rated viewing and a current rating per film.
	 */
	private static void insertSyntheticRows(String url) throws Exception {
		Random random = new Random(42);
		try (Connection db = DriverManager.getConnection(url)) {
			db.setAutoCommit(false);
			try (PreparedStatement film = db.prepareStatement("INSERT INTO film (film_key, title, release_year, "
					+ "letterboxd_uri, source, source_line) VALUES (?, ?, ?, NULL, 'synthetic.csv', ?)");
					PreparedStatement current = db.prepareStatement("INSERT INTO current_rating (row_key, account, "
							+ "film_key, half_stars, rated_date, letterboxd_uri, state, fp, source, source_line, "
							+ "last_seen_run) VALUES (?, 'samplefan', ?, ?, ?, NULL, 'LIVE', 0, 'ratings.csv', ?, 1)")) {
				for (int f = 0; f < FILMS; f++) {
					film.setString(1, "synthetic-" + f);
					film.setString(2, "Synthetic Film " + f);
					film.setInt(3, 1920 + f % 105);
					film.setLong(4, f + 2);
					film.addBatch();
					current.setString(1, "rating-synthetic-" + f);
					current.setString(2, "synthetic-" + f);
					current.setInt(3, 1 + random.nextInt(10));
					current.setDate(4, Date.valueOf(LocalDate.of(2024, 12, 1)));
					current.setLong(5, f + 2);
					current.addBatch();
					if (f % 5_000 == 4_999) {
						film.executeBatch();
						current.executeBatch();
					}
				}
				film.executeBatch();
				current.executeBatch();
			}
			try (PreparedStatement viewing = db.prepareStatement("INSERT INTO viewing (row_key, account, film_key, "
					+ "watched_date, logged_date, half_stars, rewatch, tags, letterboxd_uri, in_diary, review_raw, "
					+ "review_text, state, entry_fp, source, source_line, first_run, last_seen_run, id) VALUES (?, "
					+ "'samplefan', ?, ?, ?, ?, ?, ?, NULL, TRUE, ?, ?, 'LIVE', 0, 'diary.csv', ?, 1, 1, ?)");
					PreparedStatement event = db.prepareStatement("INSERT INTO rating_event (row_key, account, "
							+ "film_key, event_date, half_stars, origin, seq, state, fp, source, source_line, "
							+ "last_seen_run, id) VALUES (?, 'samplefan', ?, ?, ?, 'diary', 0, 'LIVE', 0, 'diary.csv', ?, 1, ?)")) {
				for (int i = 0; i < VIEWINGS; i++) {
					String filmKey = "synthetic-" + random.nextInt(FILMS);
					LocalDate watched = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(15 * 365));
					int halfStars = 1 + random.nextInt(10);
					String review = i % 3 == 0 ? "A synthetic review number " + i + " with a few words in it." : null;
					viewing.setString(1, "https://boxd.it/synthetic" + i);
					viewing.setString(2, filmKey);
					viewing.setDate(3, Date.valueOf(watched));
					viewing.setDate(4, Date.valueOf(watched.plusDays(1)));
					viewing.setInt(5, halfStars);
					viewing.setBoolean(6, random.nextInt(5) == 0);
					viewing.setString(7, i % 7 == 0 ? "criterion, w/ kyle" : null);
					viewing.setString(8, review);
					viewing.setString(9, review);
					viewing.setLong(10, i + 2);
					// ids past the imported sample's (the store hands them out in insert
					// order)
					viewing.setLong(11, SYNTHETIC_IDS + i);
					viewing.addBatch();
					event.setString(1, "event-synthetic-" + i);
					event.setString(2, filmKey);
					event.setDate(3, Date.valueOf(watched));
					event.setInt(4, halfStars);
					event.setLong(5, i + 2);
					event.setLong(6, SYNTHETIC_IDS + i);
					event.addBatch();
					if (i % 5_000 == 4_999) {
						viewing.executeBatch();
						event.executeBatch();
					}
				}
				viewing.executeBatch();
				event.executeBatch();
			}
			db.commit();
		}
	}

}
