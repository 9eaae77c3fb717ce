package dev.reviewbatch.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.reviewbatch.source.rss.FeedFetcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.reviewbatch.store.RunLedger.FileCounts;

/**
 * Feeds read incrementally over loopback HTTP whose content changes between syncs. The
 * importer here records what it was given (the store-level outcome of an import is
 * covered by {@link SyncFeedImportTests}).
 */
class FeedSyncTests {

	@TempDir
	Path out;

	private FeedServer server;

	private JdbcTemplate jdbc;

	private final List<String> imported = new ArrayList<>();

	@BeforeEach
	void start() throws Exception {
		server = new FeedServer();
		jdbc = TestStore.create();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void newFeed_isSavedAndImported_thenNotModifiedOn304() throws Exception {
		server.put("/rss", Feeds.feed(Feeds.item(1, "Heat", 1995, "2025-06-01", "4.5")));

		ItemResult first = feedSync().sync(server.url("/rss"));
		ItemResult second = feedSync().sync(server.url("/rss"));

		assertThat(first.status()).isEqualTo(ItemResult.Status.IMPORTED);
		assertThat(first.detail()).isEqualTo("fetched 1 item (1 KB); run 1: 1 new, 0 unchanged, 0 updated, 0 rejected");
		assertThat(imported).hasSize(1);
		assertThat(Files.readString(Path.of(imported.get(0)))).contains("Heat");
		assertThat(second.status()).isEqualTo(ItemResult.Status.NOT_MODIFIED);
		assertThat(second.detail()).contains("304");
		assertThat(server.requests.get(1)).contains("If-None-Match=\"").contains("UA=reviewbatch/");
		assertThat(imported).as("not imported again").hasSize(1);
	}

	@Test
	void changedFeed_newItemsAndAnEditedRating_isImportedAgain() throws Exception {
		server.put("/rss", Feeds.feed(Feeds.item(1, "Heat", 1995, "2025-06-01", "4.5")));
		feedSync().sync(server.url("/rss"));
		server.put("/rss", Feeds.feed(Feeds.item(2, "Ronin", 1998, "2025-06-08", "3.5"),
				Feeds.item(1, "Heat", 1995, "2025-06-01", "5.0")));

		ItemResult second = feedSync().sync(server.url("/rss"));

		assertThat(second.status()).isEqualTo(ItemResult.Status.IMPORTED);
		assertThat(imported).hasSize(2);
		assertThat(Files.readString(Path.of(imported.get(1)))).contains("Ronin").contains(">5.0<");
	}

	@Test
	void feedFile_unchangedContent_isNotImportedTwice() throws Exception {
		Path file = Files.writeString(out.resolve("feed.xml"),
				Feeds.feed(Feeds.item(1, "Heat", 1995, "2025-06-01", "4.5")));

		ItemResult first = feedSync().sync(file.toString());
		ItemResult second = feedSync().sync(file.toString());

		assertThat(first.status()).isEqualTo(ItemResult.Status.IMPORTED);
		assertThat(second.status()).isEqualTo(ItemResult.Status.NOT_MODIFIED);
		assertThat(second.detail()).contains("unchanged since the last fetch");
	}

	@Test
	void timeout_failsThatFeedOnly_afterOneRetry() throws Exception {
		server.put("/slow", Feeds.feed(Feeds.item(1, "Heat", 1995, "2025-06-01", "4.5")));
		server.slow("/slow", 3_000);
		server.put("/rss", Feeds.feed(Feeds.item(2, "Ronin", 1998, "2025-06-08", "3.5")));
		FeedSync sync = feedSync();

		ItemResult slow = sync.sync(server.url("/slow"));
		ItemResult fine = sync.sync(server.url("/rss"));

		assertThat(slow.status()).isEqualTo(ItemResult.Status.FAILED);
		assertThat(slow.detail()).contains("timed out after 1.0 s (tried twice)");
		assertThat(server.requests).filteredOn(r -> r.startsWith("/slow")).hasSize(2);
		assertThat(fine.status()).isEqualTo(ItemResult.Status.IMPORTED);
		assertThat(jdbc.queryForObject("SELECT last_error FROM feed_state WHERE feed = ?", String.class,
				server.url("/slow")))
			.contains("timed out");
	}

	@Test
	void malformedFeed_failsWithLineAndColumn_andIsNotImported_thenRecovers() throws Exception {
		server.put("/rss", Feeds.truncated());

		ItemResult broken = feedSync().sync(server.url("/rss"));
		server.put("/rss", Feeds.feed(Feeds.item(1, "Heat", 1995, "2025-06-01", "4.5")));
		ItemResult fixed = feedSync().sync(server.url("/rss"));

		assertThat(broken.status()).isEqualTo(ItemResult.Status.FAILED);
		assertThat(broken.detail()).contains("not well-formed XML").contains("line");
		assertThat(fixed.status()).isEqualTo(ItemResult.Status.IMPORTED);
		assertThat(imported).hasSize(1);
	}

	@Test
	void httpError_failsThatFeed() throws Exception {
		ItemResult missing = feedSync().sync(server.url("/nope"));

		assertThat(missing.status()).isEqualTo(ItemResult.Status.FAILED);
		assertThat(missing.detail()).contains("HTTP 404");
	}

	@Test
	void failedImport_leavesTheStateSoTheFeedIsFetchedWholeAgain() throws Exception {
		server.put("/rss", Feeds.feed(Feeds.item(1, "Heat", 1995, "2025-06-01", "4.5")));
		Importer failing = input -> new ImportOutcome(9, "FAILED", new FileCounts("f", 0, 0, 0, 0, 0), "disk full");

		ItemResult failed = new FeedSync(fetch(), new FeedStateTable(jdbc), failing, out).sync(server.url("/rss"));
		ItemResult retried = feedSync().sync(server.url("/rss"));

		assertThat(failed.detail()).isEqualTo("failed: run 9 failed: disk full");
		assertThat(retried.status()).isEqualTo(ItemResult.Status.IMPORTED);
	}

	private FeedSync feedSync() {
		Importer recording = input -> {
			imported.add(input.toString());
			return new ImportOutcome(imported.size(), "COMPLETED", new FileCounts("feed", 1, 1, 0, 0, 0), "");
		};
		return new FeedSync(fetch(), new FeedStateTable(jdbc), recording, out);
	}

	private static FeedFetcher fetch() {
		return new FeedFetcher(Duration.ofSeconds(1), FeedFetcher.DEFAULT_MAX_BYTES);
	}

}
