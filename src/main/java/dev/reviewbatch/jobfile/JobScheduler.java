package dev.reviewbatch.jobfile;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

import dev.reviewbatch.sync.StopSignal;

/**
 * Decides when the scheduled jobs of {@code jobs/} run, and nothing else: what a run does
 * is the {@link Runner}'s business. Each job fires on a {@link CronTrigger} of Spring's
 * {@link ThreadPoolTaskScheduler}; runs go one at a time on a single worker thread, since
 * they share one store. A fire that comes while the same job is still running or waiting
 * is skipped and logged. On {@link #start()}, a job with {@code catch-up: true} whose
 * last fire (in {@link ScheduleState}) was followed by a fire time that has passed runs
 * once. {@link #stop(Duration)} stops firing, raises the scheduler's {@link StopSignal}
 * (the one its runner hands to the runs) so the current run ends after its current chunk,
 * and waits for it. Thread-safe.
 */
public final class JobScheduler {

	/** Runs one job once and returns its exit code. */
	@FunctionalInterface
	public interface Runner {

		int run(JobFile job);

	}

	private final List<JobFile> jobs;

	private final Runner runner;

	private final ScheduleState state;

	private final ScheduleLog log;

	private final StopSignal stop;

	private final ThreadPoolTaskScheduler timer = timer();

	private final ExecutorService worker = Executors.newSingleThreadExecutor(named("reviewbatch-schedule-run"));

	private final Set<String> pending = ConcurrentHashMap.newKeySet();

	private volatile boolean stopping;

	/**
	 * @param stop raised by {@link #stop(Duration)}; the runner should hand it to the
	 * runs it starts
	 */
	public JobScheduler(List<JobFile> jobs, Runner runner, ScheduleState state, ScheduleLog log, StopSignal stop) {
		this.jobs = jobs.stream().filter(JobFile::scheduled).toList();
		this.runner = runner;
		this.state = state;
		this.log = log;
		this.stop = stop;
	}

	public void start() {
		stop.lower();
		log.note("start: " + String.join(", ",
				jobs.stream().map(j -> j.name() + " (" + j.schedule().expression() + ")").toList()));
		ZonedDateTime now = ZonedDateTime.now();
		for (JobFile job : jobs) {
			catchUp(job, now);
			CronFires fires = new CronFires(job.schedule());
			timer.schedule(() -> submit(job, fires.current(), "scheduled"), fires);
		}
	}

	/**
	 * Stops firing, asks the current run to stop after its chunk, and waits up to
	 * {@code wait} for it.
	 */
	public void stop(Duration wait) throws InterruptedException {
		stopping = true;
		timer.shutdown();
		worker.shutdown();
		long deadline = System.nanoTime() + wait.toNanos();
		while (!worker.isTerminated() && System.nanoTime() < deadline) {
			stop.raise(); // again, in case a run started its job after the last raise
			worker.awaitTermination(200, TimeUnit.MILLISECONDS);
		}
		log.note(worker.isTerminated() ? "stopped" : "stopped without waiting longer for the current run");
		stop.lower();
	}

	private void catchUp(JobFile job, ZonedDateTime now) {
		ZonedDateTime last = state.lastFire(job.name());
		if (last == null) {
			state.fired(job.name(), now); // the baseline from which missed runs are
											// counted
			return;
		}
		ZonedDateTime missed = job.schedule().next(last);
		if (job.schedule().catchUp() && missed != null && !missed.isAfter(now)) {
			log.note(job.name() + " missed its run at " + missed + "; running it once now");
			submit(job, missed, "catch-up");
		}
	}

	private void submit(JobFile job, ZonedDateTime fire, String trigger) {
		if (stopping) {
			return;
		}
		if (!pending.add(job.name())) {
			log.skipped(job, fire);
			return;
		}
		try {
			worker.execute(() -> runOnce(job, fire, trigger));
		}
		catch (RejectedExecutionException ex) {
			pending.remove(job.name()); // stopping
		}
	}

	private void runOnce(JobFile job, ZonedDateTime fire, String trigger) {
		ZonedDateTime started = ZonedDateTime.now();
		int exitCode = -1;
		try {
			exitCode = runner.run(job);
		}
		finally {
			log.ran(job, trigger, started, exitCode, Duration.between(started, ZonedDateTime.now()));
			if (!stopping) {
				state.fired(job.name(), fire);
			}
			pending.remove(job.name());
		}
	}

	private static ThreadPoolTaskScheduler timer() {
		ThreadPoolTaskScheduler timer = new ThreadPoolTaskScheduler();
		timer.setThreadNamePrefix("reviewbatch-schedule-timer-");
		timer.setDaemon(true);
		timer.initialize();
		return timer;
	}

	private static ThreadFactory named(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * A job's {@link CronTrigger} that remembers the fire time it last handed out: the
	 * task scheduler asks for the next fire only after the current one has run, so during
	 * a fire {@link #current()} is that fire's scheduled time (as the log and the
	 * schedule state record it).
	 */
	private static final class CronFires implements Trigger {

		private final CronTrigger cron;

		private volatile Instant current;

		CronFires(JobSchedule schedule) {
			this.cron = new CronTrigger(schedule.cron().toString(), ZoneId.systemDefault());
		}

		@Override
		public Instant nextExecution(TriggerContext context) {
			current = cron.nextExecution(context);
			return current;
		}

		ZonedDateTime current() {
			return current.atZone(ZoneId.systemDefault());
		}

	}

}
