package dev.reviewbatch.sink.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.Fixtures;
import picocli.CommandLine;
import dev.reviewbatch.cli.ReviewBatchCli;

/**
 * The report end to end on the synthetic sample: its documented figures, determinism and
 * the command line.
 */
class ReportWriterTests {

	@TempDir
	Path out;

	@Test
	void report_ofSample_showsTheFiguresItsReadmeDocuments() {
		Path reports = ReportRuns.importAndReport(Fixtures.SAMPLE_ZIP, out);

		assertThat(ReportRuns.data(reports, "rating_changes")).extracting(r -> r.get("title") + " " + r.get("change"))
			.containsExactly("Once Upon a Time… in Hollywood +1.5", "Tenet +1.0");
		assertThat(ReportRuns.data(reports, "diary_vs_current"))
			.extracting(r -> r.get("title") + " " + r.get("diary_rating") + " " + r.get("current_rating"))
			.containsExactly("Tenet 2.5 3.5");
		assertThat(ReportRuns.data(reports, "rejects_by_file")).extracting(r -> r.get("file") + "=" + r.get("rejects"))
			.containsExactly("diary.csv=3");
		assertThat(ReportRuns.data(reports, "rating_summary")).extracting(r -> r.get("figure") + "=" + r.get("value"))
			.contains("rated_films=19");
		assertThat(ReportRuns.read(reports.resolve("data/rating_timelines.json"))).contains("\"tenet:2020\"");
		assertThat(ReportRuns.read(reports.resolve("summary.md"))).contains("## Rating history");
	}

	@Test
	void report_runTwiceOnOneStore_isByteIdenticalApartFromTheGeneratedLine() throws IOException {
		Path reports = ReportRuns.importAndReport(Fixtures.SAMPLE_ZIP, out);
		Map<String, String> first = snapshot(reports);

		assertThat(ReviewBatchCli.execute("report", "--out", out.toString())).isZero();
		Map<String, String> second = snapshot(reports);

		assertThat(second.keySet()).isEqualTo(first.keySet())
			.contains("index.html", "summary.md", "data/rating_distribution.csv", "data/rating_timelines.json");
		assertThat(second).isEqualTo(first);
	}

	@Test
	void importCommand_withNoReport_writesNoReports() {
		int exit = ReviewBatchCli.execute("import", Fixtures.SAMPLE_ZIP.toString(), "--out", out.toString(),
				"--no-report");

		assertThat(exit).isZero();
		assertThat(out.resolve("reports")).doesNotExist();
	}

	@Test
	void reportCommand_help_namesItsOptions() {
		String usage = new CommandLine(new ReviewBatchCli()).getSubcommands().get("report").getUsageMessage();

		assertThat(usage).contains("--out", "--db", "--help", "index.html");
	}

	/**
	 * Every report file's text, with the generated-at line blanked (it must occur at most
	 * once per file).
	 */
	private static Map<String, String> snapshot(Path reports) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(reports)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				List<String> lines = Files.readAllLines(path);
				assertThat(lines.stream().filter(l -> l.contains("Generated at ")).count()).as(path.toString())
					.isLessThanOrEqualTo(1);
				files.put(reports.relativize(path).toString().replace('\\', '/'),
						String.join("\n", lines.stream().map(l -> l.contains("Generated at ") ? "" : l).toList()));
			}
		}
		return files;
	}

}
