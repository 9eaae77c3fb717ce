package dev.reviewbatch.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end {@code sync} with feeds over loopback HTTP into a real store: new items, an
 * edited rating, 304, a timeout and a malformed feed beside a good one.
 */
class SyncFeedImportTests {

	@TempDir
	Path dir;

	private FeedServer server;

	@BeforeEach
	void start() throws Exception {
		server = new FeedServer();
		Files.createDirectories(dir.resolve("inbox"));
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void newItemsThenAnEditedRating_thenNotModified() {
		server.put("/rss", Feeds.feed(Feeds.item(1, "Heat", 1995, "2025-06-01", "4.5"),
				Feeds.item(2, "Ronin", 1998, "2025-06-08", "3.5")));
		Cli first = sync("/rss");
		server.put("/rss", Feeds.feed(Feeds.item(3, "Collateral", 2004, "2025-06-15", "4.0"),
				Feeds.item(1, "Heat", 1995, "2025-06-01", "5.0"), Feeds.item(2, "Ronin", 1998, "2025-06-08", "3.5")));
		Cli second = sync("/rss");
		Cli third = sync("/rss");

		assertThat(first.exitCode()).as(first.toString()).isZero();
		assertThat(first.out()).contains("2 new, 0 unchanged");
		assertThat(second.out()).contains("1 new, 1 unchanged, 1 updated")
			.contains("Since the previous sync: 1 new viewings, 0 ratings changed, 0 reviews edited, 0 gone, "
					+ "1 viewing updated (1 import runs)");
		assertThat(third.out()).contains("not modified (HTTP 304)")
			.contains("Since the previous sync: 0 new viewings, 0 ratings changed");
	}

	@Test
	void timeoutAndMalformedFeeds_failAlone_theGoodFeedImports() {
		server.put("/slow", Feeds.feed(Feeds.item(1, "Heat", 1995, "2025-06-01", "4.5")));
		server.slow("/slow", 3_000);
		server.put("/broken", Feeds.truncated());
		server.put("/rss", Feeds.feed(Feeds.item(2, "Ronin", 1998, "2025-06-08", "3.5")));

		Cli run = sync("/slow", "/broken", "/rss");

		assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
		assertThat(run.out()).contains("/slow: failed: ")
			.contains("/broken: failed: ")
			.contains("/rss: fetched 1 item (1 KB); run ");
	}

	/**
	 * Issue 10 §4: what was fetched and what changed, never a log line naming the sync's
	 * cache files.
	 */
	@Test
	void feed_saysWhatWasFetched_andLogsNoCachePath() throws Exception {
		server.put("/rss", Files.readString(Path.of("input/feeds/samplefan-rss.xml")));
		sync();
		ListAppender<ILoggingEvent> logged = new ListAppender<>();
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		logged.start();
		root.addAppender(logged);
		Cli run;
		try {
			run = sync("/rss");
		}
		finally {
			root.detachAppender(logged);
		}

		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.out()).contains(server.url("/rss") + ": fetched 4 items (", " KB), 1 list item skipped; run ")
			.contains("3 new, 0 unchanged");
		assertThat(logged.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.INFO))
			.noneMatch(event -> event.getFormattedMessage().contains(Path.of("sync", "feeds").toString()));
	}

	private Cli sync(String... paths) {
		java.util.List<String> args = new java.util.ArrayList<>(
				java.util.List.of("sync", "--out", dir.resolve("out").toString(), "--inbox",
						dir.resolve("inbox").toString(), "--feed-timeout-seconds", "1", "--no-report"));
		for (String path : paths) {
			args.add("--feed");
			args.add(server.url(path));
		}
		return Cli.run(args.toArray(String[]::new));
	}

}
