package dev.reviewbatch.sink.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store holding hostile titles, tags and reviews: the page shows them as text, the
 * summary cannot be broken by them, and no CSV cell of the report can run as a
 * spreadsheet formula.
 */
class ReportEscapingTests {

	static final String SCRIPT_TITLE = "<script>alert('title')</script>";

	/**
	 * Review cells are HTML: this one shows the text
	 * {@code "><img src=x onerror=alert(1)> <script>…</script>}.
	 */
	static final String IMG_REVIEW = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt; and &lt;script&gt;alert('review')&lt;/script&gt;";

	static final String FORMULA_TITLE = "=HYPERLINK(\"http://example.invalid\",\"x\")";

	@TempDir
	static Path out;

	static Path reports;

	@BeforeAll
	static void importHostileExport(@TempDir Path export) throws IOException {
		String header = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n";
		Files.writeString(export.resolve("diary.csv"), header + "2024-01-02,\"" + SCRIPT_TITLE.replace("\"", "\"\"")
				+ "\",2001,https://boxd.it/aaaaa1,4,,\"<b>bold</b>, @SUM(1)\",2024-01-01\n" + "2024-01-03,\""
				+ FORMULA_TITLE.replace("\"", "\"\"") + "\",2002,https://boxd.it/aaaaa2,2,,\"+cmd, -x\",2024-01-02\n"
				+ "2024-01-04,@import,2003,https://boxd.it/aaaaa3,3,,,2024-01-03\n");
		Files.writeString(export.resolve("reviews.csv"),
				"Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date\n" + "2024-01-02,\""
						+ SCRIPT_TITLE.replace("\"", "\"\"") + "\",2001,https://boxd.it/aaaaa1,4,,\""
						+ IMG_REVIEW.replace("\"", "\"\"") + "\",\"<b>bold</b>, @SUM(1)\",2024-01-01\n");
		Files.writeString(export.resolve("ratings.csv"), "Date,Name,Year,Letterboxd URI,Rating\n" + "2024-02-01,\""
				+ FORMULA_TITLE.replace("\"", "\"\"") + "\",2002,https://boxd.it/bb2,5\n");
		reports = ReportRuns.importAndReport(export, out);
	}

	@Test
	void page_withHostileTitlesTagsAndReviews_showsThemAsText() {
		String html = ReportRuns.read(reports.resolve("index.html"));

		assertThat(html).doesNotContainIgnoringCase("<script")
			.doesNotContainIgnoringCase("<img")
			.doesNotContain("<b>bold");
		assertThat(html).contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;")
			.contains("&lt;img src")
			.contains("&lt;script&gt;alert(&#39;review&#39;)")
			.contains("&lt;b&gt;bold&lt;/b&gt;");
	}

	@Test
	void summary_withHostileText_escapesMarkup() {
		String md = ReportRuns.read(reports.resolve("summary.md"));

		assertThat(md).doesNotContainPattern("(?<!\\\\)<").contains("\\<script\\>", "\\<img src");
	}

	@Test
	void csvCells_startingWithFormulaCharacters_areNeutralised() throws IOException {
		List<String> cells = allCells();

		assertThat(cells).contains("'" + FORMULA_TITLE, "'@SUM(1)", "'+cmd", "'-x", "'@import")
			.doesNotContain(FORMULA_TITLE, "@SUM(1)", "+cmd", "-x", "@import");
		assertThat(cells).filteredOn(c -> !c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0)
			.allMatch(c -> c.matches("[+-]\\d+(\\.\\d+)?"), "only plain signed numbers start with + or -");
	}

	private static List<String> allCells() throws IOException {
		try (Stream<Path> files = Files.list(reports.resolve("data"))) {
			return files.filter(f -> f.toString().endsWith(".csv"))
				.sorted()
				.flatMap(f -> ReportRuns.data(reports, f.getFileName().toString().replace(".csv", "")).stream())
				.flatMap(CSVRecord::stream)
				.toList();
		}
	}

}
