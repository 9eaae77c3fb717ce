package dev.reviewbatch.jobfile;

import java.time.ZonedDateTime;

import org.springframework.scheduling.support.CronExpression;

/**
 * When a job runs: its cron expression as written (5-field Unix form, or Spring's 6-field
 * form with seconds first, or a macro such as {@code @daily}) and whether a run missed
 * while the scheduler was down runs once on start. Immutable.
 */
public record JobSchedule(String expression, CronExpression cron, boolean catchUp) {

	/**
	 * Parses {@code expression}; throws {@link IllegalArgumentException} saying why it is
	 * not a cron expression.
	 */
	public static JobSchedule parse(String expression, boolean catchUp) {
		String text = expression.strip();
		int fields = text.split("\\s+").length;
		if (text.startsWith("@")) {
			return new JobSchedule(text, CronExpression.parse(text), catchUp);
		}
		if (fields == 5) {
			return new JobSchedule(text, CronExpression.parse("0 " + text), catchUp);
		}
		if (fields == 6) {
			return new JobSchedule(text, CronExpression.parse(text), catchUp);
		}
		throw new IllegalArgumentException("it has " + fields + " fields; expected 5 (minute hour day-of-month month "
				+ "day-of-week) or 6 (seconds first)");
	}

	/** The first fire time strictly after {@code after}. */
	public ZonedDateTime next(ZonedDateTime after) {
		return cron.next(after);
	}
}
