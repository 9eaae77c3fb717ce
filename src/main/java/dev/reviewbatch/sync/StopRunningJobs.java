package dev.reviewbatch.sync;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import dev.reviewbatch.job.ReportJobConfiguration;

/**
 * Answers this context's {@link StopSignal} (a bean, see {@code cli.StoreOptions}) for
 * this store: marks STOPPING (as {@link JobOperator#stop(JobExecution)} does) the
 * executions this context started that are still running, so each ends after its current
 * chunk, STOPPED and restartable. Executions that were already running when the context
 * opened belong to another (or a dead) process and are left alone. Idle unless the signal
 * is raised.
 * <p>
 * The sync and report jobs are not stopped this way: the sync answers the signal itself
 * between feeds and files (and then still records what it did, see
 * {@link NightlySyncJobConfiguration}), and a report is one short step.
 */
@Component
class StopRunningJobs implements Runnable, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(StopRunningJobs.class);

	private static final Set<String> ANSWER_THE_SIGNAL_THEMSELVES = Set.of(NightlySyncJobConfiguration.JOB_NAME,
			ReportJobConfiguration.JOB_NAME);

	private final JobRepository jobRepository;

	private final List<Job> jobs;

	private final LocalDateTime openedAt = LocalDateTime.now();

	private final StopSignal signal;

	StopRunningJobs(JobRepository jobRepository, List<Job> jobs, StopSignal signal) {
		this.jobRepository = jobRepository;
		this.jobs = jobs.stream().filter(job -> !ANSWER_THE_SIGNAL_THEMSELVES.contains(job.getName())).toList();
		this.signal = signal;
		signal.register(this);
	}

	@Override
	public void run() {
		for (Job job : jobs) {
			for (JobExecution execution : jobRepository.findRunningJobExecutions(job.getName())) {
				if (execution.getCreateTime() != null && execution.getCreateTime().isBefore(openedAt)
						|| execution.getStatus() == BatchStatus.STOPPING) {
					continue;
				}
				log.info("Stopping run {} after its current chunk",
						execution.getJobParameters().getLong("run", execution.getJobInstance().getInstanceId()));
				markStopping(execution);
			}
		}
	}

	/**
	 * The first half of {@link JobOperator#stop(JobExecution)}: the job's status becomes
	 * STOPPING in the repository, which the running step reads at its next chunk commit
	 * and then ends STOPPED. The second half is left out on purpose: in Spring Batch
	 * 6.0.6 it registers and releases the step's {@code StepContext} from this thread,
	 * which closes the running step's step-scoped reader under it (the chunk then fails
	 * instead of stopping).
	 */
	private void markStopping(JobExecution execution) {
		execution.setStatus(BatchStatus.STOPPING);
		jobRepository.update(execution);
	}

	@Override
	public void destroy() {
		signal.unregister(this);
	}

}
