package dev.reviewbatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Where the test inputs are: the project's own synthetic fixtures, and the shared corpus
 * read in place.
 */
public final class Fixtures {

	public static final Path SAMPLE_ZIP = Path.of("input/letterboxd-sample-export.zip");

	public static final Path SAMPLE_FOLDER = Path.of("src/test/resources/letterboxd/sample-export");

	public static final Path NEWER_FOLDER = Path.of("src/test/resources/letterboxd/newer-export");

	public static final Path BAD = Path.of("src/test/resources/letterboxd/bad");

	private static final Path SHARED = Path.of("../shared");

	private Fixtures() {
	}

	/**
	 * A path under ../shared/corpus; skips the calling test, with a message, when the
	 * corpus is absent.
	 */
	public static Path corpus(String relative) {
		Path path = SHARED.resolve("corpus").resolve(relative);
		Assumptions.assumeTrue(Files.exists(path),
				"../shared/corpus is not beside this checkout (" + path + " missing): corpus test skipped");
		return path;
	}

	/**
	 * A copy of the sample export folder at {@code copy}, for a test to alter: every file
	 * of the export, without the fixture's own README.md.
	 */
	public static Path copyOfSampleFolder(Path copy) throws IOException {
		try (Stream<Path> files = Files.walk(SAMPLE_FOLDER)) {
			for (Path file : files.toList()) {
				Path target = copy.resolve(SAMPLE_FOLDER.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else if (!file.getFileName().toString().equals("README.md")) {
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		return copy;
	}

}
