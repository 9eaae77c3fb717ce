package dev.reviewbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.Fixtures;

/**
 * Feeds, saved pages and review articles through the import command: the seed acceptance
 * case, and the same viewing from a CSV export and a feed merged into one (CSV then feed,
 * feed then CSV).
 */
class ImportPagesAndFeedsTests {

	/**
	 * One item for a viewing the sample export holds (Spirited Away, watched 2019-03-01,
	 * 5★ in the diary).
	 */
	private static final String SAME_VIEWING = item("letterboxd-review-1", "Spirited Away", "2001", "2019-03-01", "4.5",
			"<p>Still magic, a notch less this time.</p>", "spirited-away");

	private static final String NEW_VIEWING = item("letterboxd-watch-2", "Local Hero", "1983", "2025-06-01", "4.0",
			"<p>Watched on Sunday June 1, 2025.</p>", "local-hero");

	@TempDir
	Path dir;

	@Test
	void seedReviewInAnArticlePage_givesTitleYearLinkFinalRatingAndItsHistory() throws IOException {
		Path seed = Path.of("../shared/seeds/ballerina-2025-review.txt");
		Assumptions.assumeTrue(Files.exists(seed), "../shared/seeds is not beside this checkout: seed test skipped");
		Path pages = Files.createDirectories(dir.resolve("pages"));
		Files.writeString(pages.resolve("ballerina-review.html"), articlePage(Files.readAllLines(seed)));

		CliRun run = CliRun.importInto(dir.resolve("out"), pages);

		assertThat(run.exitCode()).as(run.err()).isZero();
		Map<String, String> review = run.csv("reviews.csv").get(0);
		assertThat(review.get("title") + " " + review.get("year") + " " + review.get("rating"))
			.isEqualTo("Ballerina 2025 4.0");
		assertThat(review.get("letterboxd_uri")).isEqualTo("https://boxd.it/a2MBlp");
		assertThat(review.get("review"))
			.contains("I walked away from the theater bummed\u201ca beautiful disappointment\u201d");
		assertThat(run.csv("rating_history.csv")).extracting(h -> h.get("rating") + "/" + h.get("previous_rating"))
			.containsExactly("2.0/", "4.0/2.0");
	}

	@Test
	void csvThenFeed_theSameViewingIsUpdatedNotDuplicated_andItsOtherRatingIsAnEvent() throws IOException {
		Path out = dir.resolve("out");
		CliRun.importInto(out, Fixtures.SAMPLE_ZIP);
		Path feed = feed(SAME_VIEWING + NEW_VIEWING);

		CliRun first = CliRun.importInto(out, feed);
		String source = feed.toAbsolutePath().normalize().toString();
		List<Long> firstCounts = List.of(first.count(source, "new"), first.count(source, "updated"));
		CliRun again = CliRun.importInto(out, feed);

		assertThat(first.exitCode()).as(first.err()).isZero();
		assertThat(firstCounts).as(first.out()).containsExactly(1L, 1L);
		assertThat(first.out()).contains("rating changed: Spirited Away (2001) (5.0 → 4.5 (rss))");
		List<Map<String, String>> spirited = first.csv("viewings.csv")
			.stream()
			.filter(v -> v.get("title").equals("Spirited Away") && v.get("watched_date").equals("2019-03-01"))
			.toList();
		assertThat(spirited).singleElement().satisfies(v -> {
			assertThat(v.get("rating")).as("the CSV's rating stays").isEqualTo("5.0");
			assertThat(v.get("review")).as("the feed fills the missing review")
				.isEqualTo("Still magic, a notch less this time.");
			assertThat(v.get("letterboxd_uri")).isEqualTo("https://boxd.it/PFk6B0");
		});
		assertThat(again.csv("viewings.csv")).hasSize(29);
		assertThat(again.csv("rating_history.csv")).filteredOn(h -> h.get("title").equals("Spirited Away"))
			.extracting(h -> h.get("origin") + " " + h.get("rating"))
			.contains("diary 5.0", "rss 4.5");
		assertThat(again.out()).contains("0 new, 0 updated, 2 unchanged");
	}

	@Test
	void feedThenCsv_theCsvRowTakesOverTheFeedsViewing() throws IOException {
		Path out = dir.resolve("out");
		CliRun feedFirst = CliRun.importInto(out, feed(SAME_VIEWING + NEW_VIEWING));

		CliRun csv = CliRun.importInto(out, Fixtures.SAMPLE_ZIP);

		assertThat(feedFirst.out()).contains("2 new");
		assertThat(csv.exitCode()).as(csv.err()).isZero();
		List<Map<String, String>> viewings = csv.csv("viewings.csv");
		assertThat(viewings).hasSize(29);
		assertThat(viewings).filteredOn(v -> v.get("title").equals("Spirited Away"))
			.extracting(v -> v.get("watched_date") + " " + v.get("letterboxd_uri") + " " + v.get("rating"))
			.containsExactlyInAnyOrder("2019-03-01 https://boxd.it/PFk6B0 5.0", "2025-04-05 https://boxd.it/b74lAR ");
		assertThat(viewings.stream().map(v -> v.get("title")).collect(Collectors.toList())).contains("Local Hero");
	}

	private Path feed(String items) throws IOException {
		Path feed = dir.resolve("samplefan-feed.xml");
		Files.writeString(feed, """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:letterboxd="https://letterboxd.com" xmlns:tmdb="https://themoviedb.org">
				<channel><title>Letterboxd - Sample Fan</title><link>https://letterboxd.com/samplefan/</link>
				""" + items + "</channel></rss>\n", StandardCharsets.UTF_8);
		return feed;
	}

	private static String item(String guid, String title, String year, String watched, String rating,
			String description, String slug) {
		return "<item><title>" + title + ", " + year + "</title><link>https://letterboxd.com/samplefan/film/" + slug
				+ "/</link><guid isPermaLink=\"false\">" + guid + "</guid><pubDate>Mon, 02 Jun 2025 09:00:00 +1200"
				+ "</pubDate><letterboxd:watchedDate>" + watched + "</letterboxd:watchedDate><letterboxd:rewatch>No"
				+ "</letterboxd:rewatch><letterboxd:filmTitle>" + title + "</letterboxd:filmTitle><letterboxd:filmYear>"
				+ year + "</letterboxd:filmYear><letterboxd:memberRating>" + rating + "</letterboxd:memberRating>"
				+ "<description><![CDATA[" + description + "]]></description></item>\n";
	}

	/**
	 * The seed review inside an ordinary blog article page: headline in h1, one paragraph
	 * per line.
	 */
	private static String articlePage(List<String> lines) {
		String paragraphs = lines.subList(1, lines.size())
			.stream()
			.map(line -> "<p>" + line.replace("&", "&amp;").replace("<", "&lt;") + "</p>")
			.collect(Collectors.joining("\n"));
		return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + lines.get(0) + " | A film blog</title>"
				+ "<meta property=\"article:published_time\" content=\"2025-06-20T21:30:00-04:00\"></head><body>"
				+ "<header><a href=\"/\">A film blog</a></header><article><h1>" + lines.get(0) + "</h1>\n" + paragraphs
				+ "\n</article><footer>Posted 2025/06/20</footer></body></html>";
	}

}
