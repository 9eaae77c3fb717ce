package dev.reviewbatch.jobfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.cli.ReviewBatchCli;
import dev.reviewbatch.sync.Cli;

/**
 * {@code run jobs/NAME.yml} on the shipped job files (writing to a temporary output
 * folder).
 */
class RunCommandTests {

	@TempDir
	Path dir;

	@Test
	void importJob_runsLikeTheImportCommand() {
		Path out = dir.resolve("out");

		Cli run = Cli.run("run", Cli.copyJob("import-letterboxd.yml", dir, out).toString());

		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.out()).contains("reviewbatch import input/letterboxd-sample-export.zip --out")
			.contains("138 new, 0 updated, 0 unchanged, 3 rejected");
		assertThat(out.resolve("clean/viewings.csv")).exists();
	}

	@Test
	void reportJob_writesTheReportsFromTheStore() {
		Path out = dir.resolve("out");
		assertThat(Cli.run("run", Cli.copyJob("import-letterboxd.yml", dir, out).toString()).exitCode()).isZero();

		Cli run = Cli.run("run", Cli.copyJob("rating-history-report.yml", dir, out).toString());

		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(out.resolve("reports/index.html")).exists();
	}

	@Test
	void nightlySyncJob_importsTheSampleFeed_andSaysWhatChanged() {
		Path out = dir.resolve("out");

		Cli run = Cli.run("run", Cli.copyJob("nightly-sync.yml", dir, out).toString());

		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.out()).contains("input/feeds/samplefan-rss.xml: fetched 4 items (")
			.contains(" KB), 1 list item skipped; run 1: 3 new")
			.contains("Since the store began (first sync): 3 new viewings");
	}

	@Test
	void badJobFile_exitsWith2_andOneLineNamingFileAndKey() throws Exception {
		Path file = Files.writeString(dir.resolve("broken.yml"), "job: sync\nschedule: \"61 * * * *\"\n");

		Cli run = Cli.run("run", file.toString());

		assertThat(run.exitCode()).isEqualTo(ReviewBatchCli.CANNOT_RUN);
		assertThat(run.err().strip())
			.startsWith("reviewbatch run: " + file + ": schedule: \"61 * * * *\" is not a cron")
			.doesNotContain("\n");
	}

}
