package dev.reviewbatch.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import dev.reviewbatch.SlowTest;

import dev.reviewbatch.job.ReportJobConfiguration;

/**
 * The sync job on a real PostgreSQL (REVIEWBATCH_TEST_PG_URL, as for
 * {@code job.PostgresImportTests}; skipped where it is not set): a feed and an inbox
 * file, each imported under the store's advisory lock from inside the sync's steps, then
 * the report job. Regression test for a lock left on a pooled session: the sync's own
 * lookups hold a pooled connection while its imports take the lock on another.
 */
@SlowTest
class PostgresSyncTests {

	private static final String URL = System.getenv("REVIEWBATCH_TEST_PG_URL");

	@TempDir
	Path dir;

	@BeforeEach
	void emptyDatabase() throws Exception {
		Assumptions.assumeTrue(URL != null && !URL.isBlank(),
				"REVIEWBATCH_TEST_PG_URL is not set (run .ci/run, or scripts/pg-throwaway.sh start): PostgreSQL tests skipped");
		try (Connection connection = DriverManager.getConnection(URL);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA public CASCADE");
			statement.execute("CREATE SCHEMA public");
		}
	}

	@Test
	void feedAndInboxFile_onPostgres_areImportedByTheSyncJob_thenTheReportJobRuns() throws Exception {
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		Path dropped = Files.copy(Path.of("input/letterboxd-sample-export.zip"), inbox.resolve("export.zip"));
		dropped.toFile().setLastModified(System.currentTimeMillis() - 60_000);

		Cli sync = Cli.run("sync", "--out", dir.resolve("out").toString(), "--db", URL, "--inbox", inbox.toString(),
				"--processed", inbox.resolve("processed").toString(), "--settle-seconds", "0", "--feed",
				"input/feeds/samplefan-rss.xml");

		assertThat(sync.exitCode()).as(sync.toString()).isZero();
		assertThat(sync.out()).contains("; run 1: ", "export.zip: run 2: ", "Report: ");
		assertThat(statuses(NightlySyncJobConfiguration.JOB_NAME)).containsExactly("COMPLETED");
		assertThat(statuses(ReportJobConfiguration.JOB_NAME)).containsExactly("COMPLETED");
	}

	private static List<String> statuses(String job) {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(URL, true);
		try {
			return new JdbcTemplate(dataSource).queryForList("SELECT e.status FROM batch_job_execution e "
					+ "JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id WHERE i.job_name = ? "
					+ "ORDER BY e.job_execution_id", String.class, job);
		}
		finally {
			dataSource.destroy();
		}
	}

}
