package dev.reviewbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end: reviews have no natural length limit, so the store holds a 10 MB review
 * whole (issue 11 §3).
 */
class LongValueTests {

	@TempDir
	Path tmp;

	@Test
	void tenMegabyteReview_isStoredWhole_andWrittenToTheCleanFile() throws IOException {
		String review = "A long look at a long film. ".repeat(10 * 1024 * 1024 / 28 + 1);
		Path reviews = tmp.resolve("reviews.csv");
		Files.writeString(reviews, "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n"
				+ "2024-03-02,Sátántangó,1994,https://boxd.it/long1,5,,\"" + review.strip() + "\",,2024-03-01\n",
				StandardCharsets.UTF_8);

		CliRun run = CliRun.importInto(tmp.resolve("out"), reviews);

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.count("reviews.csv", "new")).isEqualTo(1);
		List<Map<String, String>> clean = run.csv("reviews.csv");
		assertThat(clean).singleElement()
			.satisfies(r -> assertThat(r.get("review")).hasSize(review.strip().length()).isEqualTo(review.strip()));
	}

}
