package dev.reviewbatch.sync;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process-wide request to stop, raised by the scheduler's shutdown hook: a sync
 * starts no further import once it is raised, and every open store stops the job
 * executions it started ({@link StopRunningJobs}), which then end after their current
 * chunk. Thread-safe.
 */
public final class StopSignal {

	private static final Set<Runnable> stoppers = ConcurrentHashMap.newKeySet();

	private static volatile boolean raised;

	private StopSignal() {
	}

	/**
	 * Raises the signal and asks every open store to stop its running executions; may be
	 * called repeatedly.
	 */
	public static void raise() {
		raised = true;
		for (Runnable stopper : stoppers) {
			try {
				stopper.run();
			}
			catch (RuntimeException ex) {
				// a store closing meanwhile has nothing left to stop
			}
		}
	}

	public static boolean raised() {
		return raised;
	}

	/**
	 * Lowers the signal once the stopped runs have ended (a scheduler started again in
	 * the same process).
	 */
	public static void lower() {
		raised = false;
	}

	static void register(Runnable stopper) {
		stoppers.add(stopper);
	}

	static void unregister(Runnable stopper) {
		stoppers.remove(stopper);
	}

}
