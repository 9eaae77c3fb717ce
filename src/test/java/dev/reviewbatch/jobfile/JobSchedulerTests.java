package dev.reviewbatch.jobfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.SlowTest;
import dev.reviewbatch.cli.ReviewBatchCli;
import dev.reviewbatch.sync.Cli;
import dev.reviewbatch.sync.StopSignal;

/**
 * The scheduler decides when: fast crons, overlapping fires, catch-up after downtime, and
 * stopping.
 */
@SlowTest
class JobSchedulerTests {

	@TempDir
	Path dir;

	@Test
	void everySecondReportJob_runsTwiceThroughTheCommandLine_thenStops() throws Exception {
		Path out = dir.resolve("out");
		assertThat(Cli.run("import", "input/letterboxd-sample-export.zip", "--out", out.toString(), "--no-report")
			.exitCode()).isZero();
		JobFile job = job("report-every-second",
				"job: report\nschedule: \"* * * * * *\"\noptions:\n  out: " + out + "\n");
		StringWriter printed = new StringWriter();
		JobScheduler scheduler = scheduler(job, j -> runCli(j, printed));

		scheduler.start();
		awaitRuns(2, Duration.ofSeconds(60));
		scheduler.stop(Duration.ofSeconds(60));

		List<String> runs = runLines();
		assertThat(runs.size()).isBetween(2, 3);
		assertThat(runs).allSatisfy(line -> assertThat(line).contains("report-every-second scheduled exit=0"));
		assertThat(out.resolve("reports/index.html")).exists();
		assertThat(log()).last().asString().contains("scheduler stopped");
		assertThat(ScheduleState.load(state()).lastFire("report-every-second")).isNotNull();
	}

	@Test
	void fireWhileTheSameJobStillRuns_isSkippedAndLogged() throws Exception {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		JobScheduler scheduler = scheduler(job("slow", "job: report\nschedule: \"* * * * * *\"\n"), j -> {
			mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
			await(release); // still running until the test has seen a fire skipped
			running.decrementAndGet();
			return 0;
		});

		scheduler.start();
		awaitLog("slow skipped fire", Duration.ofSeconds(60));
		release.countDown();
		awaitRuns(1, Duration.ofSeconds(30));
		scheduler.stop(Duration.ofSeconds(30));

		assertThat(mostAtOnce).hasValue(1);
		assertThat(log()).anySatisfy(
				line -> assertThat(line).contains("slow skipped fire").contains("the previous run is still running"));
	}

	@Test
	void runMissedWhileDown_runsOnceOnStart_withCatchUp() throws Exception {
		JobFile job = job("nightly", "job: report\nschedule: \"0 3 * * *\"\n");
		ScheduleState.load(state()).fired("nightly", ZonedDateTime.now().minusDays(3));
		AtomicInteger runs = new AtomicInteger();
		JobScheduler scheduler = scheduler(job, j -> {
			runs.incrementAndGet();
			return 0;
		});

		scheduler.start();
		awaitRuns(1, Duration.ofSeconds(30));
		scheduler.stop(Duration.ofSeconds(30));

		assertThat(runs).as("three missed nights, one catch-up run").hasValue(1);
		assertThat(runLines()).singleElement().asString().contains("nightly catch-up exit=0");
	}

	@Test
	void runMissedWhileDown_isNotRun_withCatchUpFalse() throws Exception {
		JobFile job = job("nightly", "job: report\nschedule: \"0 3 * * *\"\ncatch-up: false\n");
		ScheduleState.load(state()).fired("nightly", ZonedDateTime.now().minusDays(3));
		AtomicInteger runs = new AtomicInteger();
		JobScheduler scheduler = scheduler(job, j -> runs.incrementAndGet());

		scheduler.start(); // decides catch-up before it returns; stop() then drains
							// anything submitted
		scheduler.stop(Duration.ofSeconds(5));

		assertThat(runs).hasValue(0);
		assertThat(log()).noneSatisfy(line -> assertThat(line).contains("missed its run"));
	}

	@Test
	void firstStart_recordsABaseline_andRunsNothing() throws Exception {
		AtomicInteger runs = new AtomicInteger();
		JobScheduler scheduler = scheduler(job("nightly", "job: report\nschedule: \"0 3 * * *\"\n"),
				j -> runs.incrementAndGet());

		scheduler.start();
		scheduler.stop(Duration.ofSeconds(5));

		assertThat(runs).hasValue(0);
		assertThat(ScheduleState.load(state()).lastFire("nightly")).isNotNull();
	}

	private JobFile job(String name, String yaml) throws Exception {
		return JobFileReader.read(Files.writeString(dir.resolve(name + ".yml"), yaml));
	}

	private JobScheduler scheduler(JobFile job, JobScheduler.Runner runner) {
		return new JobScheduler(List.of(job), runner, ScheduleState.load(state()),
				new ScheduleLog(dir.resolve("runs/schedule.log")), new StopSignal());
	}

	private static int runCli(JobFile job, StringWriter printed) {
		PrintWriter out = new PrintWriter(printed, true);
		return ReviewBatchCli.execute(out, out, job.commandLines().get(0).toArray(String[]::new));
	}

	private Path state() {
		return dir.resolve("runs/schedule-state.json");
	}

	private List<String> log() throws IOException {
		Path file = dir.resolve("runs/schedule.log");
		return Files.exists(file) ? Files.readAllLines(file) : List.of();
	}

	private List<String> runLines() throws IOException {
		return log().stream().filter(line -> line.contains(" exit=")).toList();
	}

	private void awaitRuns(int runs, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (runLines().size() < runs && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
	}

	/**
	 * Waits, at most {@code timeout}, until a line of the schedule log contains
	 * {@code text}.
	 */
	private void awaitLog(String text, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (log().stream().noneMatch(line -> line.contains(text))) {
			assertThat(System.nanoTime()).as("the log to show \"" + text + "\" within " + timeout).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
