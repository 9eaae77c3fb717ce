package dev.reviewbatch.source.pages;

import static dev.reviewbatch.source.pages.PagesFixtures.readAll;
import static dev.reviewbatch.source.pages.PagesFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;
import dev.reviewbatch.source.rss.FeedFetcher;
import dev.reviewbatch.source.rss.LoopbackFeedServer;

/**
 * Feed URLs, served over loopback HTTP: fetched when their turn comes, and every failure
 * one unreadable row.
 */
class PagesAndFeedsReaderUrlTests {

	private LoopbackFeedServer server;

	private final FeedFetcher fetcher = new FeedFetcher(Duration.ofMillis(300), 64 * 1024);

	@BeforeEach
	void start() throws IOException {
		server = new LoopbackFeedServer();
		server.on("/demo_viewer/rss/",
				LoopbackFeedServer.answer(200, Files.readAllBytes(resource("rss/feed-mixed.xml")), "ETag", "\"v1\""));
		server.on("/missing/rss/", LoopbackFeedServer.answer(404, new byte[0]));
		server.on("/page/", LoopbackFeedServer.answer(200, Files.readAllBytes(resource("rss/not-a-feed.html"))));
		server.on("/slow/rss/", server.sleeping(10_000));
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void feedUrl_rowsWithTheUrlAsSource_fetchedOnlyWhenRead() {
		String url = server.url("/demo_viewer/rss/");
		PagesAndFeedsReader reader = reader(url);

		assertThat(reader.sources()).containsExactly(url);
		assertThat(server.requests()).isEmpty();
		List<RawRow> rows = readAll(reader);

		assertThat(rows).hasSize(4).allSatisfy(row -> {
			assertThat(row.kind()).isEqualTo(SourceKind.DIARY);
			assertThat(row.from().source()).isEqualTo(url);
		});
		assertThat(server.requests()).hasSize(1);
		assertThat(server.requests().get(0).getFirst("User-Agent")).isEqualTo(FeedFetcher.USER_AGENT);
	}

	@Test
	void failingUrls_oneUnreadableRowEach_thenTheGoodFeed() {
		List<String> urls = List.of(server.url("/missing/rss/"), server.url("/page/"), server.url("/slow/rss/"),
				"https://letterboxd.com/someone/films/diary/", server.url("/demo_viewer/rss/"));

		List<RawRow> rows = readAll(reader(urls.toArray(String[]::new)));

		assertThat(rows).hasSize(4 + 4);
		assertThat(rows.subList(0, 4)).allSatisfy(row -> {
			assertThat(row.kind()).isEqualTo(SourceKind.DIARY);
			assertThat(row.from().describe()).endsWith(" (whole feed)");
		});
		assertThat(rows.get(0).problem()).isEqualTo("HTTP 404 (not found)");
		assertThat(rows.get(1).problem()).contains("HTML page");
		assertThat(rows.get(2).problem()).isEqualTo("timed out after 0.3 s (tried twice)");
		assertThat(rows.get(3).problem()).contains("terms forbid scraping");
		assertThat(rows.subList(4, 8)).allSatisfy(row -> assertThat(row.problem()).isNull());
	}

	private PagesAndFeedsReader reader(String... urls) {
		return new PagesAndFeedsReader(List.of(urls), fetcher, PagesAndFeedsReader.DEFAULT_MAX_BYTES);
	}

}
