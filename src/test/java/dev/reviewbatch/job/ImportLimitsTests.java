package dev.reviewbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.domain.StoreLimits;

/**
 * A value longer than the store can hold ({@link StoreLimits}) is a reject naming file,
 * line, field and limit; every other row imports, the run exits 0, and the same command
 * run again also succeeds.
 */
class ImportLimitsTests {

	private static final String HEADER = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\r\n";

	@TempDir
	Path dir;

	@Test
	void overlongTitleAndTags_areRejectsNamingFieldAndLimit_andEverythingElseImports() throws IOException {
		Path export = dir.resolve("export");
		Files.createDirectories(export);
		try (Writer diary = Files.newBufferedWriter(export.resolve("diary.csv"), StandardCharsets.UTF_8)) {
			diary.write(HEADER);
			diary.write("2021-03-14,Heat,1995,https://boxd.it/a1,4,,,2021-03-13\r\n");
			diary.write("2021-03-15," + "T".repeat(1000) + ",1995,https://boxd.it/a2,4,,,2021-03-14\r\n");
			diary.write(
					"2021-03-16,Jaws,1975,https://boxd.it/a3,3,,\"" + "tag, ".repeat(2_097_152) + "\",2021-03-15\r\n");
			diary.write("2021-03-17,Tenet,2020,https://boxd.it/a4,2.5,,criterion,2021-03-16\r\n");
		}
		Path out = dir.resolve("out");

		CliRun run = CliRun.importInto(out, export, "--no-report");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.csv("viewings.csv")).extracting(v -> v.get("title")).containsExactly("Heat", "Tenet");
		List<Map<String, String>> rejects = run.rejects();
		assertThat(rejects).hasSize(2);
		assertThat(rejects.get(0)).containsEntry("source", "diary.csv").containsEntry("line", "3");
		assertThat(rejects.get(0).get("reason")).startsWith("Name: 1,000 characters")
			.contains("limit of " + String.format("%,d", StoreLimits.TITLE));
		assertThat(rejects.get(1)).containsEntry("source", "diary.csv").containsEntry("line", "4");
		assertThat(rejects.get(1).get("reason")).startsWith("Tags: ")
			.contains("limit of " + String.format("%,d", StoreLimits.TAGS));
		assertThat(rejects.get(1).get("raw").length()).as("raw capped").isLessThanOrEqualTo(StoreLimits.REJECT_RAW);
		assertThat(run.count("diary.csv", "rejected")).isEqualTo(2);

		CliRun again = CliRun.importInto(out, export, "--no-report");

		assertThat(again.exitCode()).as(again.err()).isZero();
		assertThat(again.out()).contains("0 new, 0 updated, 2 unchanged, 2 rejected");
	}

}
