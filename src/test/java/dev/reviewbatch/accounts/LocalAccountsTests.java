package dev.reviewbatch.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.SlowTest;
import dev.reviewbatch.cli.ReviewBatchCli;

/**
 * Local mode: accounts imported on two threads into one store give, per account, exactly
 * the clean files, rejects and report figures a single import of that account's export
 * into a store of its own gives; a second run changes nothing; an account folder that
 * cannot be used is refused before the store is opened.
 */
@SlowTest
class LocalAccountsTests {

	@TempDir
	Path tmp;

	@Test
	void eachAccount_asIfImportedAlone_andASecondRunChangesNothing() throws Exception {
		Path accounts = GeneratedAccounts.generate(tmp.resolve("accounts"), 4, 300, 7000);
		Path out = tmp.resolve("out");

		Run first = run("accounts", accounts.toString(), "--out", out.toString(), "--threads", "2");

		assertThat(first.exitCode()).as(first.err()).isZero();
		assertThat(first.out()).contains("4 of 4 accounts completed").contains("user001  completed");
		for (String account : new String[] { "user001", "user002", "user003", "user004" }) {
			Path alone = tmp.resolve("alone-" + account);
			Path export;
			try (Stream<Path> files = Files.list(accounts.resolve(account))) {
				export = files.findFirst().orElseThrow();
			}
			assertThat(run("import", export.toString(), "--out", alone.toString(), "-q").exitCode()).isZero();
			Path mine = out.resolve("accounts").resolve(account);
			assertThat(GeneratedAccounts.differences(alone.resolve("clean"), mine.resolve("clean"))).as(account)
				.isEmpty();
			assertThat(Files.readString(mine.resolve("rejects.csv")))
				.isEqualTo(Files.readString(alone.resolve("rejects.csv")));
			assertThat(Files.readAllLines(mine.resolve("clean/viewings.csv")).size()).isGreaterThan(250);
			for (String data : new String[] { "activity_by_year.csv", "rating_distribution.csv", "rating_changes.csv",
					"viewings_by_day.csv", "rewatches.csv" }) {
				assertThat(mine.resolve("reports/data").resolve(data)).as(account + "'s report: " + data)
					.hasSameTextualContentAs(alone.resolve("reports/data").resolve(data));
			}
		}
		String allViewings = Files.readString(out.resolve("clean/viewings.csv"));
		assertThat(allViewings.lines().count() - 1).isEqualTo(Stream.of("user001", "user002", "user003", "user004")
			.mapToLong(a -> lines(out.resolve("accounts").resolve(a).resolve("clean/viewings.csv")) - 1)
			.sum());
		assertThat(out.resolve("reports/index.html")).exists();

		Run second = run("accounts", accounts.toString(), "--out", out.toString(), "--threads", "2");

		assertThat(second.exitCode()).as(second.err()).isZero();
		assertThat(Files.readString(out.resolve("clean/viewings.csv"))).isEqualTo(allViewings);
	}

	@Test
	void anExportOfAnotherAccount_failsThatAccountOnly_namingBoth() throws Exception {
		Path accounts = GeneratedAccounts.generate(tmp.resolve("accounts"), 1, 200, 300);
		Path stray = Files.createDirectories(accounts.resolve("someoneelse"));
		try (Stream<Path> files = Files.list(accounts.resolve("user001"))) {
			Path export = files.findFirst().orElseThrow();
			Files.copy(export, stray.resolve(export.getFileName()));
		}

		Run run = run("accounts", accounts.toString(), "--out", tmp.resolve("out").toString());

		assertThat(run.exitCode()).isEqualTo(ReviewBatchCli.FAILED);
		assertThat(run.out()).contains("user001      completed")
			.contains("is an export of account 'user001', not of 'someoneelse' (the folder's name)")
			.contains("1 of 2 accounts completed");
		assertThat(run.err()).contains("accounts not completed: someoneelse");
		assertThat(tmp.resolve("out/accounts/someoneelse/clean")).doesNotExist();
	}

	@Test
	void anUnusableFolder_isRefusedWithOneLine_beforeTheStoreIsOpened() throws Exception {
		Files.createDirectories(tmp.resolve("accounts/alice"));
		Path out = tmp.resolve("out");

		Run run = run("accounts", tmp.resolve("accounts").toString(), "--out", out.toString());

		assertThat(run.exitCode()).isEqualTo(ReviewBatchCli.CANNOT_RUN);
		assertThat(run.err()).isEqualTo("reviewbatch accounts: " + tmp.resolve("accounts/alice")
				+ ": holds nothing to import (an export, a CSV, a feed file, a saved page, or feeds.txt)\n");
		assertThat(out).doesNotExist();
	}

	@Test
	void remoteRoles_needPostgreSQLAndABroker() {
		Run worker = run("accounts", "--role", "worker", "--out", tmp.toString());
		Run manager = run("accounts", tmp.toString(), "--role", "manager", "--db", "jdbc:postgresql://localhost/x",
				"--out", tmp.toString());

		assertThat(worker.exitCode()).isEqualTo(ReviewBatchCli.CANNOT_RUN);
		assertThat(worker.err()).startsWith("reviewbatch accounts: --role worker needs one PostgreSQL store");
		assertThat(manager.exitCode()).isEqualTo(ReviewBatchCli.CANNOT_RUN);
		if (System.getenv("REVIEWBATCH_BROKER_URL") == null) {
			assertThat(manager.err()).startsWith("reviewbatch accounts: --role manager needs the RabbitMQ broker");
		}
	}

	private static long lines(Path file) {
		try {
			return Files.readAllLines(file).size();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	record Run(int exitCode, String out, String err) {
	}

	static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = ReviewBatchCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
		return new Run(code, out.toString(), err.toString());
	}

}
