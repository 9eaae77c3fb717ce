package dev.reviewbatch.job;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import dev.reviewbatch.store.StoreLock;

/**
 * Recovers the executions of a job that a killed process left STARTED: each is marked
 * FAILED ({@link JobOperator#recover(JobExecution)}), so the job repository no longer
 * shows them running. Done only while this process holds the store lock, so a run that
 * another process is executing is never touched; while another run holds the store they
 * are left for a later launch. A leftover never blocks a launch: each report or sync run
 * is a job instance of its own. Call it before starting the job, never while a run of the
 * same job is executing in this process.
 */
@Component
public class LeftoverExecutions {

	private static final Logger log = LoggerFactory.getLogger(LeftoverExecutions.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final DataSource dataSource;

	public LeftoverExecutions(JobOperator jobOperator, JobRepository jobRepository, DataSource dataSource) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.dataSource = dataSource;
	}

	public void recover(String jobName) {
		try (StoreLock lock = StoreLock.acquire(dataSource)) {
			for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
				log.warn("{} execution {} was interrupted (its process died); marking it failed", jobName,
						execution.getId());
				jobOperator.recover(execution);
			}
		}
		catch (StoreLock.StoreBusyException busy) {
			// another run holds the store: what looks STARTED may be its own
		}
	}

}
