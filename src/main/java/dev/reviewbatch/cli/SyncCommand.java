package dev.reviewbatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.reviewbatch.progress.ProgressConsole;
import dev.reviewbatch.progress.ProgressTarget;
import dev.reviewbatch.sync.NightlySync;
import dev.reviewbatch.sync.SyncSettings;
import dev.reviewbatch.sync.SyncSummary;
import dev.reviewbatch.sync.SyncSummaryText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reviewbatch sync}: imports what is new in the feeds and the inbox, then
 * regenerates the reports.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, description = {
		"Imports what is new in the feeds and the inbox, then regenerates reports/.",
		"Each --feed (file or http(s) URL) is read incrementally, and each export ZIP, CSV or saved page "
				+ "dropped in the inbox is imported once (by content), then moved to the processed folder. "
				+ "Then reports/ is regenerated, and the sync says what it fetched and what changed since the "
				+ "previous sync.",
		"One failing feed or file does not stop the others; it is named in the summary and the exit code is 1." })
class SyncCommand implements Callable<Integer> {

	@Mixin
	StoreOptions store;

	@Option(names = "--feed", paramLabel = "FILE_OR_URL", description = "A feed to read incrementally; repeatable.")
	List<String> feeds = new ArrayList<>();

	@Option(names = "--inbox", defaultValue = "input/inbox", paramLabel = "DIR",
			description = "The folder to import new files from (default: ${DEFAULT-VALUE}).")
	Path inbox;

	@Option(names = "--processed", defaultValue = "input/inbox/processed", paramLabel = "DIR",
			description = "Where imported inbox files go (default: ${DEFAULT-VALUE}).")
	Path processed;

	@Option(names = "--settle-seconds", defaultValue = "5", paramLabel = "N",
			description = "An inbox file modified within the last N seconds is still being written (default: ${DEFAULT-VALUE}).")
	int settleSeconds;

	@Option(names = "--feed-timeout-seconds", defaultValue = "20", paramLabel = "N",
			description = "How long one feed request may take (default: ${DEFAULT-VALUE}).")
	int feedTimeoutSeconds;

	@Option(names = "--no-report", description = "Do not regenerate reports/ afterwards.")
	boolean noReport;

	@Option(names = { "-q", "--quiet" }, description = "No progress lines; the summary is still printed.")
	boolean quiet;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!Files.isDirectory(inbox)) {
			err.println("reviewbatch sync: " + inbox + ": no such folder (the inbox; create it or pass --inbox)");
			return ReviewBatchCli.CANNOT_RUN;
		}
		return store.run("sync", err, context -> {
			ProgressConsole progress = ProgressConsole.detect(err, quiet);
			context.getBean(ProgressTarget.class).showOn(progress);
			SyncSummary summary = context.getBean(NightlySync.class).run(settings());
			String text = SyncSummaryText.format(summary);
			out.print(text);
			out.flush();
			keep(summary, text);
			if (!noReport && !summary.stopped()) {
				progress.say("writing the report…");
				ReportCommand.write(context, store.out, out);
			}
			return summary.anyFailed() ? ReviewBatchCli.FAILED : ReviewBatchCli.OK;
		});
	}

	private SyncSettings settings() {
		return new SyncSettings(store.out, inbox, processed, feeds, Duration.ofSeconds(settleSeconds),
				Duration.ofSeconds(feedTimeoutSeconds));
	}

	/**
	 * The summary also goes to {@code runs/sync-<id>.txt}, beside the import runs' JSON.
	 */
	private void keep(SyncSummary summary, String text) throws IOException {
		Path runs = Files.createDirectories(store.out.resolve("runs"));
		Files.writeString(runs.resolve("sync-" + summary.syncId() + ".txt"), text);
	}

}
