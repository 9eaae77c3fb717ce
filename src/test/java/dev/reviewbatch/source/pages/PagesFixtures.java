package dev.reviewbatch.source.pages;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import dev.reviewbatch.domain.RawRow;

/**
 * Fixtures of the reader tests: resources by path, the corpus in place, and reading a
 * reader to the end.
 */
final class PagesFixtures {

	static final Path CORPUS = Path.of("../shared/corpus");

	private PagesFixtures() {
	}

	/** A test resource, e.g. {@code rss/feed-mixed.xml}. */
	static Path resource(String path) {
		URL url = PagesFixtures.class.getResource("/" + path);
		if (url == null) {
			throw new IllegalArgumentException("no test resource " + path);
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A path under ../shared/corpus; skips the calling test, saying why, when it is
	 * absent.
	 */
	static Path corpus(String relative) {
		Path path = CORPUS.resolve(relative);
		assumeTrue(Files.exists(path), path + " is absent (../shared/corpus beside the checkout): test skipped");
		return path;
	}

	/** Copies {@code source} into {@code folder} as {@code name}. */
	static Path copy(Path source, Path folder, String name) throws IOException {
		return Files.copy(source, folder.resolve(name));
	}

	/**
	 * Writes the first {@code fraction} of {@code source}'s bytes into {@code folder} as
	 * {@code name}.
	 */
	static Path truncated(Path source, Path folder, String name, double fraction) throws IOException {
		byte[] bytes = Files.readAllBytes(source);
		return Files.write(folder.resolve(name), java.util.Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
	}

	/** Every row the reader yields, opened and closed as a step would. */
	static List<RawRow> readAll(ItemStreamReader<RawRow> reader) {
		List<RawRow> rows = new ArrayList<>();
		reader.open(new ExecutionContext());
		try {
			for (RawRow row = reader.read(); row != null; row = reader.read()) {
				rows.add(row);
			}
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			reader.close();
		}
		return rows;
	}

	static List<RawRow> readAll(String... inputs) {
		return readAll(new PagesAndFeedsReader(List.of(inputs)));
	}

}
