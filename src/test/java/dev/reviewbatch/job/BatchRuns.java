package dev.reviewbatch.job;

import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What the job repository of a closed H2 file store ({@code OUT/reviewbatch.mv.db})
 * recorded, read straight from its tables, and the state a killed run leaves there, made
 * on purpose.
 */
public final class BatchRuns {

	/** One job execution: its job, status and its steps in the order they ran. */
	public record Execution(long id, String job, String status, List<String> steps, List<String> stepStatuses) {
	}

	private BatchRuns() {
	}

	/** Every execution of {@code job}, oldest first. */
	public static List<Execution> of(Path out, String job) {
		SingleConnectionDataSource dataSource = open(out);
		try {
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			return jdbc.query("SELECT e.JOB_EXECUTION_ID, e.STATUS FROM BATCH_JOB_EXECUTION e "
					+ "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ? "
					+ "ORDER BY e.JOB_EXECUTION_ID", (rs, n) -> {
						long id = rs.getLong(1);
						return new Execution(id, job, rs.getString(2), steps(jdbc, id, "STEP_NAME"),
								steps(jdbc, id, "STATUS"));
					}, job);
		}
		finally {
			dataSource.destroy();
		}
	}

	private static List<String> steps(JdbcTemplate jdbc, long execution, String column) {
		return jdbc.queryForList("SELECT " + column + " FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? "
				+ "ORDER BY STEP_EXECUTION_ID", String.class, execution);
	}

	/**
	 * Makes the last execution of {@code job} look like one whose process was killed
	 * part-way: it and its last step STARTED, with no end time.
	 */
	public static void leaveLastStarted(Path out, String job) {
		SingleConnectionDataSource dataSource = open(out);
		try {
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			long id = of(jdbc, job);
			jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL "
					+ "WHERE JOB_EXECUTION_ID = ?", id);
			jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL "
					+ "WHERE STEP_EXECUTION_ID = (SELECT MAX(STEP_EXECUTION_ID) FROM BATCH_STEP_EXECUTION "
					+ "WHERE JOB_EXECUTION_ID = ?)", id);
		}
		finally {
			dataSource.destroy();
		}
	}

	private static long of(JdbcTemplate jdbc, String job) {
		return jdbc.queryForObject(
				"SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e "
						+ "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ?",
				Long.class, job);
	}

	private static SingleConnectionDataSource open(Path out) {
		return new SingleConnectionDataSource("jdbc:h2:file:" + out.toAbsolutePath().normalize().resolve("reviewbatch"),
				true);
	}

}
