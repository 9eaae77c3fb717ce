package dev.reviewbatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 §4: {@code bench/generate.py} answers {@code --help} and a missing argument
 * with usage, not a traceback.
 */
class BenchGenerateTests {

	@TempDir
	Path dir;

	@Test
	void help_printsUsage_exit0() throws Exception {
		Result run = generate("--help");

		assertThat(run.code()).isZero();
		assertThat(run.output()).startsWith("usage: bench/generate.py [-h] ROWS OUT_FOLDER")
			.doesNotContain("Traceback");
	}

	@Test
	void noArguments_orANonNumber_printUsageAndTheProblem_exit2() throws Exception {
		for (Result run : List.of(generate(), generate("many", dir.toString()))) {
			assertThat(run.code()).isEqualTo(2);
			assertThat(run.output()).startsWith("usage: bench/generate.py").doesNotContain("Traceback");
		}
		assertThat(generate("many", dir.toString()).output()).contains("not a whole number: 'many'");
	}

	@Test
	void rowsAndFolder_writeTheExport() throws Exception {
		Result run = generate("25", dir.resolve("export").toString());

		assertThat(run.code()).as(run.output()).isZero();
		assertThat(Files.readAllLines(dir.resolve("export/diary.csv"))).hasSize(26);
	}

	private record Result(int code, String output) {
	}

	private static Result generate(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("python3", "bench/generate.py"));
		command.addAll(List.of(args));
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			assumeTrue(false, "python3 is not installed: bench/generate.py test skipped");
			throw ex;
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
		return new Result(process.exitValue(), output);
	}

}
