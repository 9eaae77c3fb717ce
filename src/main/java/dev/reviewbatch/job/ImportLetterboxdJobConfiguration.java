package dev.reviewbatch.job;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import dev.reviewbatch.domain.ImportItem;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.normalize.RowNormalizer;
import dev.reviewbatch.progress.ProgressTarget;
import dev.reviewbatch.sink.csv.CleanCsvWriter;
import dev.reviewbatch.sink.summary.RunSummaryJson;
import dev.reviewbatch.source.ImportSource;
import dev.reviewbatch.source.ImportSources;
import dev.reviewbatch.source.letterboxd.ArchiveLimits;
import dev.reviewbatch.source.letterboxd.ExportChecksums;
import dev.reviewbatch.store.GoneMarker;
import dev.reviewbatch.store.RunLedger;
import dev.reviewbatch.store.StoreWriter;

/**
 * The {@code importLetterboxd} job (jobs/import-letterboxd.yml): an input recognised by
 * {@link ImportSources} (a Letterboxd export, …) → normalized rows → the store, then the
 * clean CSV files, the rejects file and the run summary.
 * <p>
 * Parameters: {@code input} (export ZIP, folder or CSV; identifying), {@code run} (a
 * sequence number that makes a re-import of the same input a new run; identifying) and
 * {@code out} (output folder), and {@code cleanFiles} ({@code false} when the caller
 * writes the clean files itself, as a multi-account run does per account; the rejects
 * too). The run id is the {@code run} parameter, so a restart continues the same run.
 */
@Configuration
public class ImportLetterboxdJobConfiguration {

	public static final String JOB_NAME = "importLetterboxd";

	static final int CHUNK_SIZE = 5000;

	/** The job parameter that turns the clean files and rejects step off. */
	static final String CLEAN_FILES = "cleanFiles";

	// the input, recognised once per run; reader, processor, writer

	@Bean
	@JobScope
	ImportSource importSource(@Value("#{jobParameters['input']}") String input) {
		return ImportSources.recognisedOnce(input);
	}

	@Bean
	@StepScope
	ImportSourceReader importSourceReader(ImportSource importSource, @Value("#{jobParameters['run']}") long runId,
			RunLedger ledger) {
		// the ledger answers Long.MAX_VALUE (ResumingReader.WHOLE_SOURCE) for a file it
		// carries whole
		return new ImportSourceReader(importSource, source -> ledger.consumed(runId, source));
	}

	@Bean
	RowNormalizer rowNormalizer() {
		return new RowNormalizer();
	}

	@Bean
	@StepScope
	StoreWriter storeWriter(JdbcTemplate jdbc, RunLedger ledger, @Value("#{jobParameters['run']}") long runId) {
		return new StoreWriter(jdbc, ledger, runId);
	}

	// step 1: check the input as a whole and open the run's ledger; nothing is imported
	// from a bad input

	@Bean
	Step inspectInput(JobRepository jobRepository, PlatformTransactionManager tx, RunLedger ledger,
			ImportSource importSource) {
		return new StepBuilder("inspectInput", jobRepository).tasklet((contribution, context) -> {
			String input = RunContext.string(context, "input");
			ImportSource.Overview overview = importSource.overview();
			Map<String, String> checksums = "letterboxd-export".equals(overview.kind())
					? ExportChecksums.of(Path.of(input), ArchiveLimits.DEFAULT) : Map.of();
			ledger.begin(RunContext.runId(context), input, overview.account(), overview.completeExport(),
					overview.files(), overview.ignored(), checksums);
			return RepeatStatus.FINISHED;
		}, tx).build();
	}

	// step 2: every row of every file → normalize → store, in restartable chunks

	@Bean
	Step importRows(JobRepository jobRepository, PlatformTransactionManager tx, ImportSourceReader reader,
			RowNormalizer normalizer, StoreWriter writer, ProgressTarget progress, RunLedger ledger) {
		return new StepBuilder("importRows", jobRepository).<RawRow, ImportItem>chunk(CHUNK_SIZE)
			.transactionManager(tx)
			.reader(reader)
			.processor(normalizer)
			.writer(writer)
			.listener(new ProgressReporter(progress, ledger))
			.listener(new TestPause())
			.build();
	}

	// step 3: entries the newer export no longer holds are marked gone, never deleted;
	// then the run is finished
	// (its files may be carried by the account's next import)

	@Bean
	Step markGone(JobRepository jobRepository, PlatformTransactionManager tx, JdbcTemplate jdbc, RunLedger ledger) {
		GoneMarker marker = new GoneMarker(jdbc, ledger);
		return new StepBuilder("markGone", jobRepository).tasklet((contribution, context) -> {
			RunLedger.Run run = ledger.run(RunContext.runId(context), RunContext.string(context, "input"));
			if (run.completeExport()) {
				marker.markGone(run.runId(), run.account(), ledger.filesReadCompletely(run.runId()),
						ledger.filesRefused(run.runId()));
			}
			ledger.finished(run.runId());
			return RepeatStatus.FINISHED;
		}, tx).build();
	}

	// step 4: clean CSV files of the whole store (not rewritten when the run carried
	// every file and the folder
	// already holds the previous run's), and this run's rejects

	@Bean
	Step writeCleanFiles(JobRepository jobRepository, PlatformTransactionManager tx, JdbcTemplate jdbc,
			RunLedger ledger, ProgressTarget progress) {
		CleanCsvWriter csv = new CleanCsvWriter(jdbc);
		return new StepBuilder("writeCleanFiles", jobRepository).tasklet((contribution, context) -> {
			if ("false".equals(context.getStepContext().getJobParameters().get(CLEAN_FILES))) {
				return RepeatStatus.FINISHED;
			}
			Path out = Path.of(RunContext.string(context, "out"));
			long runId = RunContext.runId(context);
			if (!ledger.allCarried(runId) || !csv.isCurrent(out.resolve("clean"), ledger.previousRun(runId))) {
				csv.writeClean(out.resolve("clean"));
			}
			csv.markCurrent(out.resolve("clean"), runId);
			csv.writeRejects(out.resolve("rejects.csv"), ledger, RunContext.runId(context));
			return RepeatStatus.FINISHED;
		}, tx).listener(new PhaseLine(progress, "writing clean files")).build();
	}

	// step 5: the run summary, output/runs/<run-id>.json

	@Bean
	Step writeRunSummary(JobRepository jobRepository, PlatformTransactionManager tx, RunSummaries summaries) {
		return new StepBuilder("writeRunSummary", jobRepository).tasklet((contribution, context) -> {
			Path out = Path.of(RunContext.string(context, "out"));
			RunSummaryJson.write(summaries.of(context.getStepContext().getStepExecution().getJobExecution(), out),
					out.resolve("runs"));
			return RepeatStatus.FINISHED;
		}, tx).build();
	}

	@Bean
	Job importLetterboxdJob(JobRepository jobRepository, Step inspectInput, Step importRows, Step markGone,
			Step writeCleanFiles, Step writeRunSummary) {
		return new JobBuilder(JOB_NAME, jobRepository).start(inspectInput)
			.next(importRows)
			.next(markGone)
			.next(writeCleanFiles)
			.next(writeRunSummary)
			.build();
	}

}
