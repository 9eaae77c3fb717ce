package dev.reviewbatch.source.article;

import dev.reviewbatch.domain.ImportItem;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.normalize.ArticleNormalizer;
import dev.reviewbatch.normalize.ParsedArticle;
import dev.reviewbatch.normalize.RowNormalizer;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.nodes.Entities;

/**
 * The articles the tests read: the seed review and the corpus Markdown review in place
 * beside the checkout (the calling test is skipped when absent), and reviewbatch's own
 * fixtures from {@code src/test/resources/article}.
 */
final class ArticleFixtures {

	/** The article a row of the article source normalizes to. */
	static ParsedArticle normalized(RawRow row) {
		return ArticleNormalizer.article(row);
	}

	static List<ParsedArticle> normalized(List<RawRow> rows) {
		return rows.stream().map(ArticleNormalizer::article).toList();
	}

	/** What the normalizer makes of a row of the article source. */
	static ImportItem processed(RawRow row) {
		return new RowNormalizer().process(row);
	}

	static final Path SEED = Path.of("../shared/seeds/ballerina-2025-review.txt");

	static final Path HEREDITARY = Path.of("../shared/corpus/reviews/blog-review-hereditary-2018.md");

	private ArticleFixtures() {
	}

	/**
	 * A file beside the checkout; skips the calling test, saying why, when it is absent.
	 */
	static Path shared(Path file) {
		assumeTrue(Files.isRegularFile(file), file + " is absent (../shared beside the checkout): test skipped");
		return file;
	}

	/** One of reviewbatch's own fixtures under {@code src/test/resources/article}. */
	static Path fixture(String name) {
		URL url = ArticleFixtures.class.getResource("/article/" + name);
		if (url == null) {
			throw new IllegalArgumentException("no fixture article/" + name);
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The seed review as written: its first line, then the rest. */
	static List<String> seedLines() {
		try {
			return Files.readString(shared(SEED), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The seed inside the ordinary article page of {@code seed-page-template.html}:
	 * headline in h1, one p per line.
	 */
	static String seedAsHtmlPage() throws IOException {
		List<String> lines = seedLines();
		String template = Files.readString(fixture("seed-page-template.html"), StandardCharsets.UTF_8);
		String paragraphs = lines.subList(1, lines.size())
			.stream()
			.map(line -> "\t<p>" + Entities.escape(line) + "</p>")
			.collect(Collectors.joining("\n"));
		return template.replace("{{headline}}", Entities.escape(lines.get(0))).replace("{{paragraphs}}", paragraphs);
	}

}
