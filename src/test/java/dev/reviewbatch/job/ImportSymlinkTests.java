package dev.reviewbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A symbolic link inside an export folder is not followed: the file is refused with the
 * reason, unread.
 */
class ImportSymlinkTests {

	@TempDir
	Path dir;

	@Test
	void symlinkInAnExportFolder_isRefusedWithAReason_andItsTargetIsNeverRead() throws IOException {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-FIRST-LINE,do not show\nmore secrets\n");
		Path export = Files.createDirectories(dir.resolve("export"));
		Files.writeString(export.resolve("diary.csv"),
				"Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\r\n"
						+ "2021-03-14,Heat,1995,https://boxd.it/s1,4,,,2021-03-13\r\n");
		Files.createSymbolicLink(export.resolve("ratings.csv"), secret);
		Path out = dir.resolve("out");

		CliRun run = CliRun.importInto(out, export, "--no-report");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.csv("viewings.csv")).extracting(v -> v.get("title")).containsExactly("Heat");
		List<Map<String, String>> rejects = run.rejects();
		assertThat(rejects).singleElement().satisfies(r -> {
			assertThat(r.get("source")).isEqualTo("ratings.csv");
			assertThat(r.get("reason")).contains("symbolic link").contains("not followed");
		});
		assertThat(Files.readString(out.resolve("rejects.csv"))).doesNotContain("SECRET");
		assertThat(run.err() + run.out()).doesNotContain("SECRET");
	}

}
