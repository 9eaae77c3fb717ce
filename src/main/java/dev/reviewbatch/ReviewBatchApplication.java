package dev.reviewbatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;

import dev.reviewbatch.cli.ReviewBatchCli;

/**
 * Spring Boot application for the batch jobs; {@link #main} hands the command line to
 * {@link ReviewBatchCli}, which starts a context only for the commands that use the store
 * ({@code --help}, {@code validate} and usage errors answer without one).
 * <p>
 * Auto-configurations this command line never uses are excluded, so a short import does
 * not build them:
 * <ul>
 * <li>{@code TaskExecutionAutoConfiguration}: the {@code applicationTaskExecutor} thread
 * pool; jobs run on the calling thread and {@code schedule} has its own executor
 * ({@code jobfile.JobScheduler});</li>
 * <li>{@code TaskSchedulingAutoConfiguration}: Spring's scheduler; nothing uses
 * {@code @Scheduled};</li>
 * <li>{@code SslAutoConfiguration}: SSL bundles, for servers and HTTP clients; the JDBC
 * drivers do their own TLS;</li>
 * <li>{@code ApplicationAvailabilityAutoConfiguration}: liveness and readiness state, for
 * health probes;</li>
 * <li>{@code JdbcClientAutoConfiguration}: {@code JdbcClient}; the store uses
 * {@code JdbcTemplate}.</li>
 * </ul>
 * Global lazy initialisation is not used: {@code sync.StopRunningJobs} must exist from
 * the start to answer a stop.
 */
@SpringBootApplication(exclude = { TaskExecutionAutoConfiguration.class, TaskSchedulingAutoConfiguration.class,
		SslAutoConfiguration.class, ApplicationAvailabilityAutoConfiguration.class, JdbcClientAutoConfiguration.class })
public class ReviewBatchApplication {

	public static void main(String[] args) {
		if (Boolean.getBoolean("spring.aot.processing")) {
			// the build's ahead-of-time processing (spring-boot:process-aot) only needs
			// the context's definitions
			SpringApplication.run(ReviewBatchApplication.class, args);
			return;
		}
		ReviewBatchCli.main(args);
	}

}
