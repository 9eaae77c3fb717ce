package dev.reviewbatch.job;

import java.nio.file.Path;
import java.time.Instant;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.reviewbatch.sink.report.ReportWriter;

/**
 * The {@code reportJob} (jobs/rating-history-report.yml): one step, {@code writeReport},
 * that writes {@code reports/} from the whole store ({@link ReportWriter}). Launched by
 * {@link ReportLauncher}.
 * <p>
 * Parameters: {@code requestedAt} (an ISO-8601 instant, identifying, so each report is a
 * run of its own; also the report's generated-at time) and {@code out} (the output
 * folder; not identifying). The step leaves the path of the written {@code index.html}
 * under {@link #INDEX} in the job's execution context. A failure of the writer fails the
 * step and the job with the writer's exception.
 */
@Configuration
public class ReportJobConfiguration {

	public static final String JOB_NAME = "reportJob";

	public static final String STEP_NAME = "writeReport";

	/** The job execution context key of the written index page. */
	static final String INDEX = "index";

	// step 1: reports/ from the store; it only reads the store, so the step has no
	// transaction of its own

	@Bean
	Step writeReport(JobRepository jobRepository, JdbcTemplate jdbc) {
		ReportWriter writer = new ReportWriter(jdbc);
		return new StepBuilder(STEP_NAME, jobRepository).tasklet((contribution, context) -> {
			Path reports = Path.of(RunContext.string(context, "out")).resolve("reports");
			Path index = writer.write(reports, Instant.parse(RunContext.string(context, "requestedAt")));
			context.getStepContext()
				.getStepExecution()
				.getJobExecution()
				.getExecutionContext()
				.putString(INDEX, index.toString());
			return RepeatStatus.FINISHED;
		}, new ResourcelessTransactionManager()).build();
	}

	@Bean
	Job reportJob(JobRepository jobRepository, Step writeReport) {
		return new JobBuilder(JOB_NAME, jobRepository).start(writeReport).build();
	}

}
