package dev.reviewbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.Fixtures;
import dev.reviewbatch.cli.ReviewBatchCli;

/**
 * End-to-end: a file whose bytes are those the account's latest import read completely is
 * not read again (its rows count as unchanged, its rejects are the same), a changed file
 * is read, and a store written before the schema was versioned is refused with one line.
 */
class UnchangedFileTests {

	@TempDir
	Path tmp;

	@Test
	void sameExportAgain_carriesEveryFile_withTheSameCountsRejectsAndCleanFiles() throws Exception {
		Path out = tmp.resolve("out");
		CliRun first = CliRun.importInto(out, Fixtures.SAMPLE_ZIP);
		String rejects = Files.readString(out.resolve("rejects.csv"));
		String viewings = Files.readString(out.resolve("clean/viewings.csv"));

		CliRun again = CliRun.importInto(out, Fixtures.SAMPLE_ZIP);

		assertThat(again.exitCode()).as(again.err()).isZero();
		assertThat(again.out()).contains("0 new, 0 updated, 138 unchanged, 3 rejected");
		assertThat(again.count("diary.csv", "read")).isEqualTo(first.count("diary.csv", "read"));
		assertThat(again.count("diary.csv", "unchanged")).isEqualTo(26);
		assertThat(again.files().values()).allSatisfy(f -> assertThat(f.get("reconciles")).isEqualTo(true));
		assertThat(Files.readString(out.resolve("rejects.csv"))).isEqualTo(rejects);
		assertThat(Files.readString(out.resolve("clean/viewings.csv"))).isEqualTo(viewings);
		assertThat(carriedFrom(out, 2)).as("every file of run 2 carried from run 1")
			.hasSize(first.files().size())
			.allSatisfy((file, from) -> assertThat(from).as(file).isEqualTo(1L));
	}

	@Test
	void oneChangedFile_isReadAgain_andTheOthersAreCarried() throws Exception {
		Path out = tmp.resolve("out");
		CliRun.importInto(out, Fixtures.SAMPLE_FOLDER);
		Path export = copyOfSample();
		Files.writeString(export.resolve("watchlist.csv"), "2025-09-01,Perfect Days,2023,https://boxd.it/perfect\n",
				StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

		CliRun newer = CliRun.importInto(out, export);

		assertThat(newer.exitCode()).as(newer.err()).isZero();
		assertThat(newer.count("watchlist.csv", "new")).isEqualTo(1);
		assertThat(newer.count("watchlist.csv", "unchanged")).isEqualTo(10);
		assertThat(newer.csv("watchlist.csv")).extracting(w -> w.get("title")).contains("Perfect Days");
		Map<String, Long> carried = carriedFrom(out, 2);
		assertThat(carried).containsEntry("watchlist.csv", null).containsEntry("diary.csv", 1L);
	}

	@Test
	void anotherImportOfTheAccountInBetween_meansTheFileIsReadAgain() throws Exception {
		Path out = tmp.resolve("out");
		CliRun.importInto(out, Fixtures.SAMPLE_ZIP);
		CliRun.importInto(out, Fixtures.NEWER_FOLDER);

		CliRun back = CliRun.importInto(out, Fixtures.SAMPLE_ZIP);

		assertThat(back.exitCode()).as(back.err()).isZero();
		assertThat(carriedFrom(out, 3)).as("run 2 read other bytes: nothing of run 1 is carried")
			.containsEntry("diary.csv", null);
		assertThat(back.out()).as("what the newer export added is gone again").contains("gone");
	}

	@Test
	void storeWrittenBeforeTheSchemaWasVersioned_isRefusedWithOneLine() throws Exception {
		Path out = tmp.resolve("out");
		Files.createDirectories(out);
		try (Connection connection = DriverManager
			.getConnection("jdbc:h2:file:" + out.toAbsolutePath().resolve("reviewbatch"));
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE viewing (row_key VARCHAR(300) PRIMARY KEY, account VARCHAR(300))");
			statement.execute("INSERT INTO viewing VALUES ('https://boxd.it/a', 'someone')");
		}

		CliRun run = CliRun.importInto(out, Fixtures.SAMPLE_ZIP);

		assertThat(run.exitCode()).isEqualTo(ReviewBatchCli.CANNOT_RUN);
		assertThat(run.err().strip().lines()).as("one line, no stack trace")
			.singleElement()
			.satisfies(line -> assertThat(line).startsWith("reviewbatch import: the store ")
				.endsWith("re-import your exports into a new --out"));
		try (Connection connection = DriverManager
			.getConnection("jdbc:h2:file:" + out.toAbsolutePath().resolve("reviewbatch"));
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM viewing")) {
			rows.next();
			assertThat(rows.getLong(1)).as("the old store is left as it was").isEqualTo(1);
		}
	}

	/**
	 * source → the run it was carried from (null: read in this run), for one run of the
	 * store in {@code out}.
	 */
	private static Map<String, Long> carriedFrom(Path out, long runId) throws SQLException {
		Map<String, Long> carried = new TreeMap<>();
		try (Connection connection = DriverManager
			.getConnection("jdbc:h2:file:" + out.toAbsolutePath().resolve("reviewbatch"));
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT source, carried_from FROM run_file WHERE run_id = " + runId)) {
			while (rows.next()) {
				String source = rows.getString(1);
				long from = rows.getLong(2);
				carried.put(source, rows.wasNull() ? null : from);
			}
		}
		return carried;
	}

	private Path copyOfSample() throws IOException {
		return Fixtures.copyOfSampleFolder(tmp.resolve("copy"));
	}

}
