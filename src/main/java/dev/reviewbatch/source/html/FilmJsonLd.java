package dev.reviewbatch.source.html;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A film page's schema.org JSON-LD, read after stripping the CDATA markers Letterboxd
 * wraps it in as JavaScript comments (FORMATS §5.1). Lookups return null where the page
 * has no JSON-LD, unreadable JSON-LD, or not that value. Immutable.
 */
final class FilmJsonLd {

	static final String SCRIPT = "script[type=application/ld+json]";

	private static final Pattern CDATA_OPEN = Pattern.compile("^\\s*/\\*\\s*<!\\[CDATA\\[\\s*\\*/");

	private static final Pattern CDATA_CLOSE = Pattern.compile("/\\*\\s*]]>\\s*\\*/\\s*$");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final JsonNode root;

	private FilmJsonLd(JsonNode root) {
		this.root = root;
	}

	/**
	 * The page's first JSON-LD block; an empty one when there is none or it does not
	 * parse.
	 */
	static FilmJsonLd of(Document page) {
		Element script = page.selectFirst(SCRIPT);
		if (script == null) {
			return new FilmJsonLd(MissingNode.getInstance());
		}
		String json = CDATA_CLOSE.matcher(CDATA_OPEN.matcher(script.data()).replaceFirst("")).replaceFirst("");
		try {
			return new FilmJsonLd(JSON.readTree(json));
		}
		catch (JacksonException ex) {
			return new FilmJsonLd(MissingNode.getInstance());
		}
	}

	String name() {
		return value(root.path("name"));
	}

	/** {@code releasedEvent[0].startDate}, the release year as text. */
	String releaseYear() {
		return value(root.path("releasedEvent").path(0).path("startDate"));
	}

	/** {@code aggregateRating.ratingValue}, 0–5. */
	String averageRating() {
		return value(root.path("aggregateRating").path("ratingValue"));
	}

	private static String value(JsonNode node) {
		if (!node.isValueNode()) {
			return null;
		}
		String text = node.asString().strip();
		return text.isEmpty() ? null : text;
	}

}
