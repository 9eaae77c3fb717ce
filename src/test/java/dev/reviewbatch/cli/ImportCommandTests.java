package dev.reviewbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import dev.reviewbatch.Fixtures;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code import}: an http(s) URL as input (issue 11 §4), progress and phase lines, and
 * phase times in the summary.
 */
class ImportCommandTests {

	private static final Path SAMPLE_FEED = Path.of("input/feeds/samplefan-rss.xml");

	@TempDir
	Path dir;

	@Test
	void importUrl_fetchesTheFeed_insteadOfLookingForAFileNamedLikeIt() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		byte[] feed = Files.readAllBytes(SAMPLE_FEED);
		server.createContext("/feed.xml", exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
			exchange.sendResponseHeaders(200, feed.length);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write(feed);
			}
		});
		server.start();
		String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
		try {
			Cli run = Cli.run("import", url, "--out", dir.resolve("out").toString(), "--no-report");

			assertThat(run.exitCode()).as(run.err()).isZero();
			assertThat(run.out()).contains("Import run 1 of " + url + ": COMPLETED")
				.contains("3 new, 0 updated, 0 unchanged, 0 rejected");
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void import_notOnATerminal_plainProgressAndPhaseLines_andPhaseTimesInTextAndJson() throws IOException {
		Path out = dir.resolve("out");

		Cli run = Cli.run("import", Fixtures.SAMPLE_ZIP.toString(), "--out", out.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.err().lines().toList()).containsSubsequence("writing clean files…", "writing the report…")
			.anySatisfy(line -> assertThat(line).matches("  141 rows imported in \\d+\\.\\d s \\([\\d,]+ rows/s\\)"))
			.noneMatch(line -> line.contains("\r"));
		assertThat(run.out()).containsPattern("Phases: inspect input \\d+\\.\\d s, import rows \\d+\\.\\d s, mark gone "
				+ "\\d+\\.\\d s, write clean files \\d+\\.\\d s, write run summary \\d+\\.\\d s, write report \\d+\\.\\d s\n");
		assertThat(run.out().indexOf("Phases:")).as("the summary comes after the report is written, before its path")
			.isLessThan(run.out().indexOf("Report: "));
		Map<String, Object> summary = json(out.resolve("runs/1.json"));
		assertThat(summary).containsKeys("run_id", "input", "status", "elapsed_seconds", "files", "total", "changes")
			.containsEntry("reconciles", true);
		@SuppressWarnings("unchecked")
		Map<String, Object> phases = (Map<String, Object>) summary.get("phases");
		assertThat(phases.keySet()).containsExactly("inspect_input", "import_rows", "mark_gone", "write_clean_files",
				"write_run_summary", "write_report");
		assertThat(phases.values()).allSatisfy(seconds -> assertThat(((Number) seconds).doubleValue()).isNotNegative());
	}

	@Test
	void importQuiet_printsNoProgress_butTheSummary() {
		Cli run = Cli.run("import", Fixtures.SAMPLE_ZIP.toString(), "--out", dir.resolve("out").toString(), "--quiet",
				"--no-report");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).contains("138 new, 0 updated, 0 unchanged, 3 rejected")
			.contains("Phases: inspect input")
			.doesNotContain("write report");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(Path file) throws IOException {
		return JsonMapper.builder().build().readValue(Files.readString(file), Map.class);
	}

}
