package dev.reviewbatch.job;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The runs of a job that share one identifying string parameter (the runs of one input,
 * or of one accounts folder), for launchers that run a job for one of many such values
 * while runs for the others go on: recovers the executions a dead process left STARTED,
 * and finds the newest run to resume. The caller holds the lock that makes a STARTED
 * execution of this value abandoned.
 */
public final class JobHistory {

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final JdbcTemplate jdbc;

	public JobHistory(JobRepository jobRepository, JobOperator jobOperator, DataSource dataSource) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * Marks every STARTED execution of {@code jobName} whose {@code parameter} is
	 * {@code value} failed (with its running steps), so that it can be resumed; returns
	 * how many.
	 */
	public int recoverAbandoned(String jobName, String parameter, String value) {
		int recovered = 0;
		for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
			if (value.equals(execution.getJobParameters().getString(parameter))) {
				jobOperator.recover(execution);
				recovered++;
			}
		}
		return recovered;
	}

	/** The last execution of the newest run whose {@code parameter} is {@code value}. */
	public JobExecution lastExecution(String jobName, String parameter, String value) {
		Long instanceId = jdbc.queryForObject(
				"SELECT MAX(i.JOB_INSTANCE_ID) FROM BATCH_JOB_INSTANCE i "
						+ "JOIN BATCH_JOB_EXECUTION e ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID "
						+ "JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
						+ "WHERE i.JOB_NAME = ? AND p.PARAMETER_NAME = ? AND p.PARAMETER_VALUE = ?",
				Long.class, jobName, parameter, value);
		JobInstance instance = instanceId == null ? null : jobRepository.getJobInstance(instanceId);
		return instance == null ? null : jobRepository.getLastJobExecution(instance);
	}

	/** A run that ended FAILED or STOPPED is resumed rather than started again. */
	public static boolean isRestartable(JobExecution execution) {
		return execution != null
				&& (execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.STOPPED);
	}

	/** The {@code run} sequence number of the next new run after {@code last}. */
	public static long nextRun(JobExecution last) {
		return last == null ? 1 : last.getJobParameters().getLong("run", 0L) + 1;
	}

}
