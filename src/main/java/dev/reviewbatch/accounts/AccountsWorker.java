package dev.reviewbatch.accounts;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.Lifecycle;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.stereotype.Component;

/**
 * A worker process's service: starts the queue's consumers once the context is complete,
 * and serves until the process is stopped (SIGTERM or Ctrl-C: the context closes, the
 * consumers stop, and a partition still running is left unacknowledged for another
 * worker).
 */
@Component
@ConditionalOnProperty(name = AccountsSettings.ROLE, havingValue = "worker")
public class AccountsWorker {

	private final IntegrationFlow fromBroker;

	public AccountsWorker(@Qualifier(RemotePartitioning.Worker.INBOUND) IntegrationFlow fromBroker) {
		this.fromBroker = fromBroker;
	}

	/** Starts taking partitions; returns at once. */
	public void start() {
		((Lifecycle) fromBroker).start();
	}

}
