package dev.reviewbatch.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Accounts made by {@code bench/gen_accounts.py} (with the shared peer's generator in
 * {@code ../shared/perf}); skips the calling test, with a message, where Python or
 * {@code ../shared} is absent. Also compares two output folders file by file.
 */
final class GeneratedAccounts {

	private static final Path GENERATOR = Path.of("../shared/perf/gen_diary.py");

	private GeneratedAccounts() {
	}

	static Path generate(Path folder, int accounts, int minRows, int maxRows) throws Exception {
		Assumptions.assumeTrue(Files.isRegularFile(GENERATOR),
				GENERATOR + " is not beside this checkout: multi-account test skipped");
		Process python = new ProcessBuilder("python3", "bench/gen_accounts.py", "--accounts",
				Integer.toString(accounts), "--min-rows", Integer.toString(minRows), "--max-rows",
				Integer.toString(maxRows), "--out", folder.toString())
			.redirectErrorStream(true)
			.start();
		String printed = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (python.waitFor() != 0) {
			throw new AssertionError("gen_accounts.py failed: " + printed);
		}
		return folder;
	}

	/**
	 * Relative paths of every file under {@code folder} but the clean files' run marker.
	 */
	static List<String> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile)
				.filter(p -> !p.getFileName().toString().equals(".reviewbatch-run"))
				.map(p -> folder.relativize(p).toString())
				.sorted()
				.toList();
		}
	}

	/**
	 * The files of {@code actual} that differ from (or are missing in) {@code expected}.
	 */
	static List<String> differences(Path expected, Path actual) throws IOException {
		List<String> differ = new ArrayList<>();
		List<String> actualFiles = files(actual);
		for (String file : files(expected)) {
			if (!actualFiles.contains(file) || Files.mismatch(expected.resolve(file), actual.resolve(file)) >= 0) {
				differ.add(file);
			}
		}
		return differ;
	}

}
