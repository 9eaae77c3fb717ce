package dev.reviewbatch.sync;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One request to stop, shared by whoever may raise it (the scheduler's shutdown) and the
 * stores its runs open: a sync starts no further import once it is raised, and every
 * store registered with it stops the job executions it started ({@link StopRunningJobs}),
 * which then end after their current chunk. Each command line gets its own (never raised,
 * unless the scheduler that runs it hands in its own). No static state; thread-safe.
 */
public final class StopSignal {

	private final Set<Runnable> stoppers = ConcurrentHashMap.newKeySet();

	private volatile boolean raised;

	/**
	 * Raises the signal and asks every registered store to stop its running executions;
	 * may be called repeatedly.
	 */
	public void raise() {
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

	public boolean raised() {
		return raised;
	}

	/**
	 * Lowers the signal once the stopped runs have ended (a scheduler started again with
	 * the same signal).
	 */
	public void lower() {
		raised = false;
	}

	void register(Runnable stopper) {
		stoppers.add(stopper);
	}

	void unregister(Runnable stopper) {
		stoppers.remove(stopper);
	}

}
