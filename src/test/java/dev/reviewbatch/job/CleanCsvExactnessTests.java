package dev.reviewbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * clean/*.csv are exact data for programs: cells beginning with {@code =}, {@code +},
 * {@code -} or {@code @} are written as they are, not guarded as the report CSVs are
 * (README, output contract).
 */
class CleanCsvExactnessTests {

	@TempDir
	Path dir;

	@Test
	void formulaLikeTitlesAndTags_roundTripExactly_inTheCleanCsvs() throws IOException {
		Path export = Files.createDirectories(dir.resolve("export"));
		Files.writeString(export.resolve("diary.csv"),
				"Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\r\n"
						+ "2021-03-14,-1,1995,https://boxd.it/f1,4,,@ theatre,2021-03-13\r\n"
						+ "2021-03-15,=SUM(1),1996,https://boxd.it/f2,3,,+1,2021-03-14\r\n");

		CliRun run = CliRun.importInto(dir.resolve("out"), export, "--no-report");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.csv("viewings.csv")).extracting(v -> v.get("title") + "|" + v.get("tags"))
			.containsExactlyInAnyOrder("-1|@ theatre", "=SUM(1)|+1");
		assertThat(run.csv("films.csv")).extracting(f -> f.get("title")).containsExactlyInAnyOrder("-1", "=SUM(1)");
	}

}
