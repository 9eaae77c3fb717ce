package dev.reviewbatch.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a multi-account run is spread, from {@code reviewbatch.accounts.*} (the
 * {@code accounts} command sets them): {@code role} {@code local} (partitions on
 * {@code threads} threads in this process, the default), {@code manager} (partitions sent
 * to the broker's queue for workers) or {@code worker} (takes partitions from the queue,
 * {@code threads} at a time); {@code broker} the AMQP URL of the RabbitMQ broker;
 * {@code queue} its queue; {@code timeoutMinutes} how long a manager waits for its
 * partitions (0: without a limit).
 */
@ConfigurationProperties("reviewbatch.accounts")
public record AccountsSettings(String role, Integer threads, String broker, String queue, Long timeoutMinutes) {

	public static final String ROLE = "reviewbatch.accounts.role";

	public AccountsSettings {
		role = role == null ? "local" : role;
		threads = threads == null ? 2 : threads;
		broker = broker == null ? "amqp://guest:guest@localhost:5672" : broker;
		queue = queue == null ? "reviewbatch.accounts.partitions" : queue;
		timeoutMinutes = timeoutMinutes == null ? 0 : timeoutMinutes;
	}

	/** The manager's wait in milliseconds, or -1 for none. */
	long timeoutMillis() {
		return timeoutMinutes <= 0 ? -1 : timeoutMinutes * 60_000;
	}

}
