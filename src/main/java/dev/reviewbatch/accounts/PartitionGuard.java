package dev.reviewbatch.accounts;

import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

import dev.reviewbatch.store.AccountLock;
import dev.reviewbatch.store.StoreLock;

/**
 * Decides whether a worker runs a partition request it took from the queue. A request is
 * delivered again when the broker lost sight of the worker that had it: that worker died
 * (run it: the account's import resumes after its last committed chunk), or only its
 * connection to the broker broke while it goes on (drop it: that worker finishes the
 * partition). Which one is told by the account's lock: a live worker holds it. A request
 * for a partition that has ended (completed, or failed and handed to a later run) is
 * dropped too, so no partition is ever imported twice at once.
 */
final class PartitionGuard {

	private static final Logger log = LoggerFactory.getLogger(PartitionGuard.class);

	private final JobRepository jobRepository;

	private final DataSource dataSource;

	private final Set<String> heldAccounts;

	PartitionGuard(JobRepository jobRepository, DataSource dataSource, Set<String> heldAccounts) {
		this.jobRepository = jobRepository;
		this.dataSource = dataSource;
		this.heldAccounts = heldAccounts;
	}

	boolean shouldRun(StepExecutionRequest request) {
		StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
		if (partition == null) {
			log.warn("Partition request {}: no such partition in the job repository; dropped", request);
			return false;
		}
		BatchStatus status = partition.getStatus();
		if (status == BatchStatus.STARTING) {
			return true;
		}
		if (status == BatchStatus.STARTED) {
			String account = partition.getExecutionContext().getString(AccountPartitioner.ACCOUNT, "");
			if (isHeld(account)) {
				log.info("Partition {} (account {}) was delivered again, but its worker is still running it; dropped",
						partition.getStepName(), account);
				return false;
			}
			log.warn("Partition {} (account {}): its worker died; resuming it", partition.getStepName(), account);
			return true;
		}
		log.info("Partition {} has ended ({}); its request is dropped", partition.getStepName(), status);
		return false;
	}

	private boolean isHeld(String account) {
		try (AccountLock probe = AccountLock.acquire(dataSource, heldAccounts, account)) {
			return false;
		}
		catch (StoreLock.StoreBusyException ex) {
			return true;
		}
	}

}
