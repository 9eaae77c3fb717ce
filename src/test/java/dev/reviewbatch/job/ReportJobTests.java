package dev.reviewbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.cli.ReviewBatchCli;

/**
 * Issue 16: {@code report} runs the {@code reportJob} (one step, {@code writeReport})
 * through the job operator, and reads as it did before it was a job: same files, same
 * line, same error and exit code when the writer fails.
 */
class ReportJobTests {

	private static final Path SAMPLE = Path.of("input/letterboxd-sample-export.zip");

	@TempDir
	Path out;

	@BeforeEach
	void importTheSample() {
		CliRun imported = CliRun.importInto(out, SAMPLE, "--no-report", "-q");
		assertThat(imported.exitCode()).as(imported.toString()).isZero();
	}

	@Test
	void report_isACompletedReportJob_withItsWriteReportStep() {
		CliRun report = CliRun.run(out, "report", "--out", out.toString());

		assertThat(report.exitCode()).as(report.toString()).isZero();
		assertThat(report.out()).isEqualTo("Report: " + out.resolve("reports/index.html").toAbsolutePath() + "\n");
		assertThat(out.resolve("reports/summary.md")).exists();
		assertThat(BatchRuns.of(out, ReportJobConfiguration.JOB_NAME)).singleElement().satisfies(run -> {
			assertThat(run.status()).isEqualTo("COMPLETED");
			assertThat(run.steps()).containsExactly("writeReport");
			assertThat(run.stepStatuses()).containsExactly("COMPLETED");
		});
	}

	@Test
	void failingWriter_failsTheJob_andExitsWith1_withTheWritersMessage() throws Exception {
		Files.writeString(out.resolve("reports"), "a file where the folder goes");

		ByteArrayOutputStream console = new ByteArrayOutputStream();
		PrintStream stdout = System.out;
		System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
		CliRun report;
		try {
			report = CliRun.run(out, "report", "--out", out.toString());
		}
		finally {
			System.setOut(stdout);
		}

		assertThat(report.exitCode()).isEqualTo(ReviewBatchCli.FAILED);
		assertThat(console.toString(StandardCharsets.UTF_8)).as("the log on the console: no stack trace of the step")
			.doesNotContain("Encountered an error executing step")
			.doesNotContain("\tat ");
		assertThat(report.out()).isEmpty();
		assertThat(report.err())
			.isEqualTo("reviewbatch report: " + out.resolve("reports/data").toAbsolutePath() + ": Not a directory\n");
		assertThat(BatchRuns.of(out, ReportJobConfiguration.JOB_NAME)).singleElement().satisfies(run -> {
			assertThat(run.status()).isEqualTo("FAILED");
			assertThat(run.stepStatuses()).containsExactly("FAILED");
		});
	}

	@Test
	void executionLeftStartedByAKill_isMarkedFailed_andTheNextReportCompletes() {
		assertThat(CliRun.run(out, "report", "--out", out.toString()).exitCode()).isZero();
		BatchRuns.leaveLastStarted(out, ReportJobConfiguration.JOB_NAME);

		CliRun report = CliRun.run(out, "report", "--out", out.toString());

		assertThat(report.exitCode()).as(report.toString()).isZero();
		assertThat(BatchRuns.of(out, ReportJobConfiguration.JOB_NAME)).extracting(BatchRuns.Execution::status)
			.containsExactly("FAILED", "COMPLETED");
	}

	/**
	 * The report runs take job instance ids too; import run ids (runs/N.json, "run N")
	 * still count imports only.
	 */
	@Test
	void importRunIds_countImportsOnly_withReportRunsBetween() {
		assertThat(CliRun.run(out, "report", "--out", out.toString()).exitCode()).isZero();

		CliRun second = CliRun.importInto(out, SAMPLE);

		assertThat(second.exitCode()).as(second.toString()).isZero();
		assertThat(second.out()).startsWith("Import run 2 of ");
		assertThat(out.resolve("runs/2.json")).exists();
		assertThat(out.resolve("runs/3.json")).doesNotExist();
		assertThat(BatchRuns.of(out, ReportJobConfiguration.JOB_NAME)).hasSize(2);
		assertThat(BatchRuns.of(out, ImportLetterboxdJobConfiguration.JOB_NAME)).hasSize(2);
	}

}
