package dev.reviewbatch.normalize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The case files under {@code src/test/resources/cases} are byte-identical copies of
 * {@code ../shared/cases}. Skipped where the shared folder is not beside the project
 * (e.g. on CI).
 */
class SharedCasesTests {

	private static final Path SHARED = Path.of("../shared/cases");

	private static final Path COPIES = Path.of("src/test/resources/cases");

	@Test
	void copies_sharedFolderPresent_equalTheSharedFilesByteForByte() throws IOException {
		assumeTrue(Files.isDirectory(SHARED), "skipped: " + SHARED.toAbsolutePath() + " is absent");
		List<Path> shared = tsvFiles(SHARED);
		assertThat(shared).isNotEmpty();
		for (Path file : shared) {
			Path copy = COPIES.resolve(file.getFileName().toString());
			assertThat(copy).as("copy of " + file).exists();
			assertThat(Files.readAllBytes(copy)).as("copy of " + file).isEqualTo(Files.readAllBytes(file));
		}
	}

	@Test
	void copies_sharedFolderPresent_haveNoExtraFiles() throws IOException {
		assumeTrue(Files.isDirectory(SHARED), "skipped: " + SHARED.toAbsolutePath() + " is absent");
		List<String> shared = tsvFiles(SHARED).stream().map(p -> p.getFileName().toString()).toList();
		List<String> copies = tsvFiles(COPIES).stream().map(p -> p.getFileName().toString()).toList();
		assertThat(copies).containsExactlyInAnyOrderElementsOf(shared);
	}

	private static List<Path> tsvFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
		}
	}

}
