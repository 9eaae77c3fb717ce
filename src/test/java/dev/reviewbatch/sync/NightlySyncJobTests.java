package dev.reviewbatch.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.cli.ReviewBatchCli;
import dev.reviewbatch.job.BatchRuns;
import dev.reviewbatch.job.ImportLetterboxdJobConfiguration;
import dev.reviewbatch.job.ReportJobConfiguration;

/**
 * Issue 16: {@code sync} runs the {@code nightlySyncJob} (beginSync → syncFeeds →
 * syncInbox → finishSync) through the job operator, each feed or file imported by an
 * import job of its own, and the report by the {@code reportJob}; a sync a killed process
 * left STARTED does not hold up the next one; a stop request still lets the sync finish
 * and record itself.
 */
class NightlySyncJobTests {

	private static final Path SAMPLE_FEED = Path.of("input/feeds/samplefan-rss.xml");

	private static final List<String> STEPS = List.of("beginSync", "syncFeeds", "syncInbox", "finishSync");

	@TempDir
	Path dir;

	private Path out;

	@BeforeEach
	void inbox() throws Exception {
		out = dir.resolve("out");
		Files.createDirectories(dir.resolve("inbox"));
	}

	@Test
	void sync_isANightlySyncJobWithItsFourSteps_thenTheReportJob() throws Exception {
		Cli run = Cli.run(sync("--feed", SAMPLE_FEED.toString()));

		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.out()).contains(SAMPLE_FEED + ": fetched 4 items (", "; run 1: 3 new")
			.endsWith("Report: " + out.resolve("reports/index.html").toAbsolutePath() + "\n");
		assertThat(BatchRuns.of(out, NightlySyncJobConfiguration.JOB_NAME)).singleElement().satisfies(sync -> {
			assertThat(sync.status()).isEqualTo("COMPLETED");
			assertThat(sync.steps()).isEqualTo(STEPS);
			assertThat(sync.stepStatuses()).containsOnly("COMPLETED");
		});
		assertThat(BatchRuns.of(out, ImportLetterboxdJobConfiguration.JOB_NAME)).singleElement()
			.extracting(BatchRuns.Execution::status)
			.isEqualTo("COMPLETED");
		assertThat(BatchRuns.of(out, ReportJobConfiguration.JOB_NAME)).singleElement()
			.extracting(BatchRuns.Execution::status)
			.isEqualTo("COMPLETED");
		assertThat(run.out()).startsWith(Files.readString(out.resolve("runs/sync-1.txt")));
	}

	@Test
	void syncLeftStartedByAKill_isMarkedFailed_andTheNextSyncRuns() {
		assertThat(Cli.run(sync("--no-report")).exitCode()).isZero();
		BatchRuns.leaveLastStarted(out, NightlySyncJobConfiguration.JOB_NAME);

		Cli run = Cli.run(sync("--no-report", "--feed", SAMPLE_FEED.toString()));

		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.out()).startsWith("Sync 2 (previous: sync 1 at ").contains("; run 1: 3 new");
		assertThat(BatchRuns.of(out, NightlySyncJobConfiguration.JOB_NAME)).extracting(BatchRuns.Execution::status)
			.containsExactly("FAILED", "COMPLETED");
	}

	/**
	 * The stop is raised while the first feed is being fetched: that feed is still
	 * imported, the second is not started, and the job is not stopped under the sync (its
	 * last step records it).
	 */
	@Test
	void stopDuringASync_startsNoFurtherFeed_andTheSyncStillFinishes() throws Exception {
		try (FeedServer server = new FeedServer()) {
			server.put("/slow", Feeds.feed(Feeds.item(1, "Heat", 1995, "2025-06-01", "4.5")));
			server.slow("/slow", 1_500);
			server.put("/rss", Feeds.feed(Feeds.item(2, "Ronin", 1998, "2025-06-08", "3.5")));
			StopSignal stop = new StopSignal();
			CompletableFuture<Void> raised = CompletableFuture.runAsync(() -> raiseOnFirstRequest(server, stop));
			StringWriter text = new StringWriter();

			int code = ReviewBatchCli.execute(stop, new PrintWriter(text, true), new PrintWriter(new StringWriter()),
					sync("--feed", server.url("/slow"), "--feed", server.url("/rss")));

			raised.get(5, TimeUnit.SECONDS);
			assertThat(code).as(text.toString()).isZero();
			assertThat(text.toString()).contains("/slow: fetched 1 item")
				.doesNotContain("/rss")
				.contains("Stopped on request; the rest waits for the next sync.")
				.doesNotContain("Report: ");
		}
		assertThat(BatchRuns.of(out, NightlySyncJobConfiguration.JOB_NAME)).singleElement().satisfies(sync -> {
			assertThat(sync.status()).isEqualTo("COMPLETED");
			assertThat(sync.steps()).isEqualTo(STEPS);
		});
		assertThat(BatchRuns.of(out, ReportJobConfiguration.JOB_NAME)).isEmpty();
	}

	private static void raiseOnFirstRequest(FeedServer server, StopSignal stop) {
		try {
			for (int waited = 0; server.requests.isEmpty() && waited < 3_000; waited++) {
				Thread.sleep(10);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		stop.raise();
	}

	private String[] sync(String... more) {
		List<String> args = new ArrayList<>(
				List.of("sync", "--out", out.toString(), "--inbox", dir.resolve("inbox").toString()));
		args.addAll(List.of(more));
		return args.toArray(String[]::new);
	}

}
