package dev.reviewbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.Fixtures;
import dev.reviewbatch.SlowTest;
import dev.reviewbatch.cli.ReviewBatchCli;

/**
 * The same import on a real PostgreSQL: the one .ci/run starts (scripts/pg-throwaway.sh)
 * and names in REVIEWBATCH_TEST_PG_URL. Skipped, with a message, where that variable is
 * not set.
 */
@SlowTest
class PostgresImportTests {

	private static final String URL = System.getenv("REVIEWBATCH_TEST_PG_URL");

	@TempDir
	Path out;

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
	void importSample_onPostgres_givesTheSameFiguresAsH2_andIsIdempotent() throws Exception {
		CliRun first = CliRun.importInto(out, Fixtures.SAMPLE_ZIP, "--db", URL);
		String viewings = Files.readString(out.resolve("clean/viewings.csv"));
		String report = withoutGeneratedLine(out.resolve("reports/summary.md"));
		CliRun second = CliRun.importInto(out, Fixtures.SAMPLE_ZIP, "--db", URL);

		assertThat(first.exitCode()).as(first.err()).isZero();
		assertThat(first.out()).contains("138 new, 0 updated, 0 unchanged, 3 rejected");
		assertThat(second.out()).contains("0 new, 0 updated, 138 unchanged, 3 rejected");
		assertThat(Files.readString(out.resolve("clean/viewings.csv"))).isEqualTo(viewings);
		assertThat(out.resolve("reviewbatch.mv.db")).as("no H2 file when --db is given").doesNotExist();
		Path h2 = out.resolve("h2");
		CliRun.importInto(h2, Fixtures.SAMPLE_ZIP);
		for (String file : new String[] { "films.csv", "viewings.csv", "rating_history.csv", "ratings.csv" }) {
			assertThat(Files.readString(out.resolve("clean").resolve(file))).as(file)
				.isEqualTo(Files.readString(h2.resolve("clean").resolve(file)));
		}
		assertThat(report).as("reports on PostgreSQL")
			.isEqualTo(withoutGeneratedLine(h2.resolve("reports/summary.md")));
	}

	private static String withoutGeneratedLine(Path file) throws java.io.IOException {
		return Files.readAllLines(file).stream().filter(line -> !line.contains("Generated")).toList().toString();
	}

	@Test
	void importNewerExport_onPostgres_marksGoneAndReportsChanges() {
		CliRun.importInto(out, Fixtures.SAMPLE_ZIP, "--db", URL);

		CliRun newer = CliRun.importInto(out, Fixtures.NEWER_FOLDER, "--db", URL);

		assertThat(newer.exitCode()).as(newer.err()).isZero();
		assertThat(newer.out()).contains("1 rating changed", "1 review edited", "2 gone");
	}

	@Test
	void importWhileAnotherRunHoldsTheStore_isRefusedWithExitCode3() throws Exception {
		try (Connection holder = DriverManager.getConnection(URL); Statement statement = holder.createStatement()) {
			statement.execute("SELECT pg_advisory_lock(" + 0x7265766965776200L + ")");

			CliRun refused = CliRun.importInto(out, Fixtures.SAMPLE_ZIP, "--db", URL);

			assertThat(refused.exitCode()).isEqualTo(ReviewBatchCli.STORE_BUSY);
			assertThat(refused.err()).contains("in use by another reviewbatch run");
		}
	}

}
