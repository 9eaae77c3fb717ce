package dev.reviewbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.reviewbatch.Fixtures;
import dev.reviewbatch.ReviewBatchApplication;

/**
 * Issue 10 §4: commands that need no store (help, validate, usage errors, refusals)
 * answer without starting the Spring context. Each runs in a child JVM whose class
 * loading is logged; the context's classes must not load.
 */
class NoSpringContextTests {

	/** Classes that load only when a Spring application context is started. */
	private static final List<String> CONTEXT_CLASSES = List.of("org.springframework.boot.SpringApplication ",
			"org.springframework.context.support.GenericApplicationContext ");

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "--help", "import --help", "improt", "validate SAMPLE_DIARY", "import ZIP_SLIP --out OUT",
			"import SAMPLE_ZIP --out OUT --db reviews.db", "import SAMPLE_ZIP --out A_FILE", "import NO_SUCH_PATH" })
	void commandWithoutStore_startsNoSpringContext(String commandLine) throws Exception {
		List<String> loaded = classesLoadedBy(commandLine);

		assertThat(loaded).as("classes loaded").isNotEmpty();
		assertThat(loaded).noneMatch(line -> CONTEXT_CLASSES.stream().anyMatch(line::contains));
	}

	@Test
	void commandWithStore_startsTheContext_soTheMarkerClassesAreTheRightOnes() throws Exception {
		List<String> loaded = classesLoadedBy("report --out OUT");

		assertThat(loaded).anyMatch(line -> line.contains(CONTEXT_CLASSES.get(0)));
	}

	private List<String> classesLoadedBy(String commandLine) throws IOException, InterruptedException {
		Path log = dir.resolve("classes-" + System.nanoTime() + ".log");
		Path aFile = Files.writeString(dir.resolve("a-file.txt"), "x");
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xlog:class+load=info:file=" + log,
				"-cp", System.getProperty("java.class.path"), ReviewBatchApplication.class.getName()));
		for (String arg : commandLine.split(" ")) {
			command.add(switch (arg) {
				case "SAMPLE_DIARY" -> Fixtures.SAMPLE_FOLDER.resolve("diary.csv").toString();
				case "SAMPLE_ZIP" -> Fixtures.SAMPLE_ZIP.toString();
				case "ZIP_SLIP" -> Fixtures.BAD.resolve("zip-slip.zip").toString();
				case "OUT" -> dir.resolve("out").toString();
				case "A_FILE" -> aFile.toString();
				case "NO_SUCH_PATH" -> dir.resolve("missing.zip").toString();
				default -> arg;
			});
		}
		Process child = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("the child ended").isTrue();
		return Files.readAllLines(log);
	}

}
