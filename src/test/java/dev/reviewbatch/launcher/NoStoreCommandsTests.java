package dev.reviewbatch.launcher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.reviewbatch.ReviewBatchApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands that need no store answer without loading Spring Boot, the JDBC pool or H2:
 * checked in a child JVM on the test class path by the classes it loads
 * ({@code -Xlog:class+load}).
 */
class NoStoreCommandsTests {

	private static final List<String> STORE_CLASSES = List.of("org.springframework.boot.SpringApplication ",
			"com.zaxxer.hikari.HikariDataSource ", "org.h2.Driver ");

	@TempDir
	Path folder;

	@Test
	void help_loadsNoSpringBootNorStore() throws Exception {
		Child run = run("--help");

		assertThat(run.exitCode).isZero();
		assertThat(run.output).contains("Usage: reviewbatch");
		assertNoStoreClasses(run);
	}

	@Test
	void validate_loadsNoSpringBootNorStore() throws Exception {
		Path file = Files.writeString(folder.resolve("upload.csv"), "Title,Year,Rating\nHeat,1995,4.5\n");

		Child run = run("validate", file.toString());

		assertThat(run.exitCode).isZero();
		assertThat(run.output).contains(file + ": ready for Letterboxd's importer (1 rows)");
		assertNoStoreClasses(run);
	}

	@Test
	void usageError_loadsNoSpringBootNorStore() throws Exception {
		Child run = run("import");

		assertThat(run.exitCode).isEqualTo(2);
		assertThat(run.output).containsIgnoringCase("missing required parameter");
		assertNoStoreClasses(run);
	}

	private static void assertNoStoreClasses(Child run) {
		assertThat(run.output).contains("dev.reviewbatch.cli.ReviewBatchCli "); // the log
																				// works
		for (String storeClass : STORE_CLASSES) {
			assertThat(run.output).doesNotContain(storeClass);
		}
	}

	private record Child(int exitCode, String output) {
	}

	private static Child run(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xlog:class+load=info:stdout",
				"-cp", System.getProperty("java.class.path"), ReviewBatchApplication.class.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Child(process.exitValue(), output);
	}

}
