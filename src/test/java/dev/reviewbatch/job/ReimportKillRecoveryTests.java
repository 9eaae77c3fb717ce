package dev.reviewbatch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.ReviewBatchApplication;
import dev.reviewbatch.SlowTest;
import dev.reviewbatch.store.StoreLock;

/**
 * Issue 11 §1: a kill -9 during a re-import must not wedge the store. The kill that
 * wedged it landed inside H2's commit of a chunk; the next open left that transaction
 * COMMITTED but unfinished, its rows locked, and the first update of one (the recovery of
 * the step execution) spun for ever ({@code store.H2LeftoverCommits}).
 */
@SlowTest
class ReimportKillRecoveryTests {

	private static final int ROWS = 40_000;

	@TempDir
	Path dir;

	/**
	 * The exact state such a kill leaves, made on purpose: a transaction marked
	 * committed, its rows not yet.
	 */
	@Test
	void commitLeftHalfDoneByAKill_isFinishedWhenTheStoreIsLocked_andItsRowsCanBeUpdated() throws Exception {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:file:" + dir.resolve("store"));
		try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
			st.execute("CREATE TABLE step (id INT PRIMARY KEY, commits INT)");
			st.execute("INSERT INTO step VALUES (1, 21)");
		}
		try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
			c.setAutoCommit(false);
			st.executeUpdate("UPDATE step SET commits = 22 WHERE id = 1");
			SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
			TransactionStore store = session.getDatabase().getStore().getTransactionStore();
			Method mark = TransactionStore.class.getDeclaredMethod("markUndoLogAsCommitted", int.class, long.class);
			mark.setAccessible(true);
			mark.invoke(store, session.getTransaction().getId(), 1L);
			session.getDatabase().getStore().getMvStore().commit();
			st.execute("SHUTDOWN IMMEDIATELY");
		}
		catch (java.sql.SQLException closedByShutdown) {
			// SHUTDOWN IMMEDIATELY closes this connection under us: the "kill"
		}
		Connection c = dataSource.getConnection();
		SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
		assertThat(session.getDatabase().getStore().getTransactionStore().getOpenTransactions())
			.as("H2 left the half-done commit open")
			.extracting(Transaction::getStatus)
			.containsExactly(Transaction.STATUS_COMMITTED);

		// on a daemon thread: before the fix this update spins for ever, and its
		// connection can never be closed
		CompletableFuture<Integer> update = new CompletableFuture<>();
		Thread worker = new Thread(() -> {
			try (StoreLock lock = StoreLock.acquire(dataSource); Statement st = c.createStatement()) {
				update.complete(st.executeUpdate("UPDATE step SET commits = commits + 1 WHERE id = 1"));
			}
			catch (Throwable ex) {
				update.completeExceptionally(ex);
			}
		});
		worker.setDaemon(true);
		worker.start();

		assertThat(update.get(60, TimeUnit.SECONDS)).as("an update of a row the half-done commit touched").isEqualTo(1);
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT commits FROM step")) {
			rs.next();
			assertThat(rs.getInt(1)).as("the interrupted commit is durable, then the update applies").isEqualTo(23);
		}
		c.close();
	}

	/**
	 * The user's case end to end: import, re-import killed in its last chunk, the same
	 * command again.
	 */
	@Test
	void reimportKilledInItsLastChunk_resumesOnTheSameCommand_andCountsEveryRowOnce() throws Exception {
		Path export = writeDiary(ROWS);
		Path out = dir.resolve("out");
		CliRun first = CliRun.importInto(out, export, "--no-report");
		assertThat(first.exitCode()).as(first.err()).isZero();

		// the same rows with LF line ends: a changed file, not carried by its checksum,
		// so
		// the re-import reads every row and can be killed in its last chunk
		writeDiary(ROWS, "\n");
		Process child = startImport(export, out);
		long rowsSeen = waitForProgress(child, ROWS - 5000);
		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(rowsSeen).as("killed in the last chunk").isLessThan(ROWS);

		CliRun resumed = assertTimeoutPreemptively(Duration.ofMinutes(5),
				() -> CliRun.importInto(out, export, "--no-report"));

		assertThat(resumed.exitCode()).as(resumed.err()).isZero();
		assertThat(resumed.count("diary.csv", "read")).isEqualTo(ROWS);
		assertThat(resumed.count("diary.csv", "unchanged")).as("each row once over both attempts").isEqualTo(ROWS);
		assertThat(resumed.count("diary.csv", "new")).isZero();
		assertThat(resumed.csv("viewings.csv").stream().map(v -> v.get("letterboxd_uri")).collect(Collectors.toSet()))
			.hasSize(ROWS);
	}

	private Process startImport(Path export, Path out) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xmx256m", "-Dreviewbatch.progress=true", "-Dreviewbatch.progress.millis=1",
				"-cp", System.getProperty("java.class.path"), ReviewBatchApplication.class.getName(), "import",
				export.toString(), "--out", out.toString(), "--no-report")
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
	}

	/**
	 * Reads the child's progress on stderr until it reports at least {@code rows} rows;
	 * returns the count.
	 */
	private static long waitForProgress(Process child, long rows) throws IOException {
		BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8));
		StringBuilder token = new StringBuilder();
		int c;
		while ((c = err.read()) >= 0) {
			if (c == '\r' || c == '\n') {
				String text = token.toString().strip();
				int space = text.indexOf(" rows");
				if (space > 0 && Long.parseLong(text.substring(0, space).replace(",", "")) >= rows) {
					return Long.parseLong(text.substring(0, space).replace(",", ""));
				}
				token.setLength(0);
			}
			else {
				token.append((char) c);
			}
		}
		throw new AssertionError("the child ended before reporting " + rows + " rows; stderr tail: " + token);
	}

	private Path writeDiary(int rows) throws IOException {
		return writeDiary(rows, "\r\n");
	}

	private Path writeDiary(int rows, String lineEnd) throws IOException {
		Path export = dir.resolve("export");
		Files.createDirectories(export);
		try (Writer diary = Files.newBufferedWriter(export.resolve("diary.csv"), StandardCharsets.UTF_8)) {
			diary.write("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date" + lineEnd);
			for (int i = 0; i < rows; i++) {
				String date = (2000 + i % 25) + "-" + String.format("%02d-%02d", 1 + i % 12, 1 + i % 28);
				diary.write(date + ",\"Film, number " + (i % 5000) + "\"," + (1950 + i % 70) + ",https://boxd.it/k" + i
						+ "," + (1 + i % 10) / 2.0 + "," + (i % 4 == 0 ? "Yes" : "") + ",," + date + lineEnd);
			}
		}
		return export;
	}

}
