package dev.reviewbatch.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.ChildJvm;
import dev.reviewbatch.ReviewBatchApplication;
import dev.reviewbatch.SlowTest;

/**
 * Remote mode end to end, against the real PostgreSQL and RabbitMQ that {@code .ci/run}
 * starts ({@code REVIEWBATCH_TEST_PG_URL}, {@code REVIEWBATCH_TEST_AMQP_URL}; skipped,
 * with a message, without them): one manager and three worker JVMs import 30 generated
 * accounts into one PostgreSQL store; one worker is killed (kill -9) in the middle of an
 * account's import. Every account's clean files and rejects equal those of a local
 * single-process run, and the killed account's import was resumed by another worker.
 */
@SlowTest
class RemoteAccountsTests {

	private static final String PG = System.getenv("REVIEWBATCH_TEST_PG_URL");

	private static final String BROKER = System.getenv("REVIEWBATCH_TEST_AMQP_URL");

	private static final Pattern DATABASE = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)");

	@TempDir
	Path tmp;

	private final List<Process> children = new ArrayList<>();

	private String database;

	private String storeUrl;

	@BeforeEach
	void freshDatabase() throws Exception {
		Assumptions.assumeTrue(PG != null && !PG.isBlank() && BROKER != null && !BROKER
			.isBlank(), "REVIEWBATCH_TEST_PG_URL or REVIEWBATCH_TEST_AMQP_URL is not set (run .ci/run, or "
					+ "scripts/pg-throwaway.sh start and scripts/rabbit-throwaway.sh start): remote accounts test skipped");
		Matcher url = DATABASE.matcher(PG);
		assertThat(url.matches()).as(PG).isTrue();
		database = "accounts_" + System.nanoTime();
		storeUrl = url.group(1) + database + url.group(3);
		try (Connection connection = DriverManager.getConnection(PG);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
	}

	@AfterEach
	void stopChildrenAndDropDatabase() throws Exception {
		for (Process child : children) {
			child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		if (database != null) {
			try (Connection connection = DriverManager.getConnection(PG);
					Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			}
		}
	}

	@Test
	void managerAndThreeWorkers_oneKilledMidAccount_giveEveryAccountExactlyAsALocalRun() throws Exception {
		Path accounts = GeneratedAccounts.generate(tmp.resolve("accounts"), 30, 300, 4000);
		Path local = tmp.resolve("local");
		LocalAccountsTests.Run baseline = LocalAccountsTests.run("accounts", accounts.toString(), "--out",
				local.toString(), "--threads", "1");
		assertThat(baseline.exitCode()).as(baseline.err()).isZero();
		String queue = "reviewbatch.test." + System.nanoTime();
		Path remote = tmp.resolve("remote");

		Process doomed = ChildJvm.start(ProcessBuilder.Redirect.DISCARD, 2, ReviewBatchApplication.class.getName(),
				worker(queue));
		children.add(doomed);
		children.add(start(tmp.resolve("worker2.log"), worker(queue)));
		children.add(start(tmp.resolve("worker3.log"), worker(queue)));
		Process manager = start(tmp.resolve("manager.log"), "accounts", accounts.toString(), "--role", "manager",
				"--db", storeUrl, "--broker", BROKER, "--queue", queue, "--out", remote.toString(), "--timeout-minutes",
				"15");
		children.add(manager);
		ChildJvm.awaitLine(doomed, "reviewbatch-test: paused after 2 chunks");
		doomed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		assertThat(manager.waitFor(20, TimeUnit.MINUTES)).as("the manager ended").isTrue();
		String managerLog = Files.readString(tmp.resolve("manager.log"));
		assertThat(manager.exitValue()).as(managerLog).isZero();
		assertThat(managerLog).contains("30 of 30 accounts completed");
		for (Account account : AccountFolder.read(accounts)) {
			Path expected = local.resolve("accounts").resolve(account.name());
			Path actual = remote.resolve("accounts").resolve(account.name());
			assertThat(GeneratedAccounts.differences(expected.resolve("clean"), actual.resolve("clean")))
				.as(account.name())
				.isEmpty();
			assertThat(Files.readString(actual.resolve("rejects.csv")))
				.isEqualTo(Files.readString(expected.resolve("rejects.csv")));
		}
		assertThat(Files.readString(remote.resolve("clean/viewings.csv")))
			.isEqualTo(Files.readString(local.resolve("clean/viewings.csv")));
		assertThat(Files.readString(tmp.resolve("worker2.log")) + Files.readString(tmp.resolve("worker3.log")))
			.contains("its worker died; resuming it");
		assertThat(importsResumed()).as("import runs with a second execution (the killed one resumed)")
			.isGreaterThanOrEqualTo(1);
	}

	private String[] worker(String queue) {
		return new String[] { "accounts", "--role", "worker", "--db", storeUrl, "--broker", BROKER, "--queue", queue,
				"--threads", "1" };
	}

	private long importsResumed() throws Exception {
		try (Connection connection = DriverManager.getConnection(storeUrl);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM (SELECT e.job_instance_id "
						+ "FROM batch_job_execution e JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id "
						+ "WHERE i.job_name = 'importLetterboxd' GROUP BY e.job_instance_id HAVING COUNT(*) > 1) r")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * The CLI in a child JVM on the test class path, stdout and stderr to {@code log}.
	 */
	private static Process start(Path log, String... args) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
						System.getProperty("java.class.path"), ReviewBatchApplication.class.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

}
