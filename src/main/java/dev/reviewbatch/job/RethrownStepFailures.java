package dev.reviewbatch.job;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.batch.core.step.AbstractStep;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps Spring Batch's own error log of a failed step (a stack trace on the console) out
 * of the jobs whose launcher hands the failure to the command instead, which reports it
 * in one line as it did before those were jobs ({@link Launches#completedOrThrow}). Other
 * jobs' step failures are logged as before. One filter per logging system, installed on
 * first use; a no-op where logging is not Logback. Thread-safe.
 */
final class RethrownStepFailures extends TurboFilter {

	private static final String NAME = "reviewbatch-rethrown-step-failures";

	private static final String STEP_LOGGER = AbstractStep.class.getName();

	private final Set<String> jobs = ConcurrentHashMap.newKeySet();

	private RethrownStepFailures() {
		setName(NAME);
	}

	/** From now on, a failed step of {@code jobName} is not logged by Spring Batch. */
	static void of(String jobName) {
		ILoggerFactory factory = LoggerFactory.getILoggerFactory();
		if (factory instanceof LoggerContext context) {
			installed(context).jobs.add(jobName);
		}
	}

	private static synchronized RethrownStepFailures installed(LoggerContext context) {
		for (TurboFilter filter : context.getTurboFilterList()) {
			if (filter instanceof RethrownStepFailures mine) {
				return mine;
			}
		}
		RethrownStepFailures filter = new RethrownStepFailures();
		filter.start();
		context.addTurboFilter(filter);
		return filter;
	}

	/**
	 * Denies {@code AbstractStep}'s "Encountered an error executing step S in job J" for
	 * the registered jobs.
	 */
	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
		if (level != Level.ERROR || format == null || !STEP_LOGGER.equals(logger.getName())) {
			return FilterReply.NEUTRAL;
		}
		for (String job : jobs) {
			if (format.endsWith(" in job " + job)) {
				return FilterReply.DENY;
			}
		}
		return FilterReply.NEUTRAL;
	}

}
