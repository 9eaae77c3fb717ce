package dev.reviewbatch.source.html;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;

import org.jsoup.nodes.Document;

import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.RawRow;

/**
 * The pages the tests read: real corpus pages in place beside the checkout (the calling
 * test is skipped when they are absent) and reviewbatch's own fixtures from
 * {@code src/test/resources/html}.
 */
final class PageFixtures {

	static final Path CORPUS = Path.of("../shared/corpus/html");

	static final String DIARY_2022 = "letterboxd-2022-user-diary-page1.html";

	static final String FILMS_2022 = "letterboxd-2022-user-films.html";

	static final String FILMS_2025 = "letterboxd-2025-user-films.html";

	static final String FILM_2022 = "letterboxd-2022-film-sweetback.html";

	private PageFixtures() {
	}

	/**
	 * A corpus page; skips the calling test, saying why, when the corpus is not beside
	 * the checkout.
	 */
	static Path corpus(String name) {
		Path file = CORPUS.resolve(name);
		assumeTrue(Files.isRegularFile(file), "corpus page " + file + " is absent (../shared/corpus): test skipped");
		return file;
	}

	static Document corpusPage(String name) throws IOException {
		return SavedPageParser.read(corpus(name));
	}

	/** One of reviewbatch's own fixtures under {@code src/test/resources/html}. */
	static Path fixture(String name) {
		URL url = PageFixtures.class.getResource("/html/" + name);
		if (url == null) {
			throw new IllegalArgumentException("no fixture html/" + name);
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Document fixturePage(String name) throws IOException {
		return SavedPageParser.read(fixture(name));
	}

	/** The first row whose {@code field} has {@code value}. */
	static RawRow rowWith(ParsedPage page, Field field, String value) {
		return page.rows()
			.stream()
			.filter(row -> value.equals(row.valueOf(field)))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("no row with " + field.column() + " = " + value));
	}

}
