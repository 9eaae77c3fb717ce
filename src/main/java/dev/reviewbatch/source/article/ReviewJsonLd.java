package dev.reviewbatch.source.article;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The schema.org {@code Review} in a page's JSON-LD: the first node typed {@code Review}
 * (or a subtype such as {@code CriticReview}) in any {@code application/ld+json} block,
 * also inside arrays and {@code @graph}. Blocks that do not parse are passed over.
 * Lookups return null where the page does not say. Immutable.
 */
final class ReviewJsonLd {

	static final String SCRIPT = "script[type=application/ld+json]";

	private static final Pattern CDATA_MARKERS = Pattern.compile("/\\*\\s*<!\\[CDATA\\[\\s*\\*/|/\\*\\s*]]>\\s*\\*/");

	private static final Pattern YEAR = Pattern.compile("^\\d{4}");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final JsonNode review;

	private ReviewJsonLd(JsonNode review) {
		this.review = review;
	}

	static ReviewJsonLd of(Document page) {
		for (Element script : page.select(SCRIPT)) {
			JsonNode found = findReview(parse(script.data()));
			if (found != null) {
				return new ReviewJsonLd(found);
			}
		}
		return new ReviewJsonLd(MissingNode.getInstance());
	}

	/** {@code itemReviewed.name}: the film's title as the page states it. */
	String itemName() {
		return text(review.path("itemReviewed").path("name"));
	}

	/**
	 * The first four digits of {@code itemReviewed.dateCreated} (or
	 * {@code datePublished}, {@code copyrightYear}).
	 */
	String itemYear() {
		JsonNode item = review.path("itemReviewed");
		for (String field : new String[] { "dateCreated", "datePublished", "copyrightYear", "releaseYear" }) {
			String value = text(item.path(field));
			if (value != null && YEAR.matcher(value).find()) {
				return value.substring(0, 4);
			}
		}
		return null;
	}

	/** The review's own title: {@code name}, else {@code headline}. */
	String reviewName() {
		String name = text(review.path("name"));
		return name != null ? name : text(review.path("headline"));
	}

	String datePublished() {
		return text(review.path("datePublished"));
	}

	/** {@code author} as a string, an object's {@code name} or the first of an array. */
	String author() {
		JsonNode author = review.path("author");
		if (author.isArray()) {
			author = author.path(0);
		}
		return author.isObject() ? text(author.path("name")) : text(author);
	}

	/**
	 * {@code reviewRating}: its {@code ratingValue} and {@code bestRating} as written;
	 * null when it has no value.
	 */
	DeclaredRating rating() {
		JsonNode rating = review.path("reviewRating");
		return DeclaredRating.schemaOrg(text(rating.path("ratingValue")), text(rating.path("bestRating")));
	}

	private static JsonNode parse(String json) {
		try {
			return JSON.readTree(CDATA_MARKERS.matcher(json).replaceAll(""));
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

	private static JsonNode findReview(JsonNode node) {
		if (node.isArray()) {
			for (JsonNode child : node) {
				JsonNode found = findReview(child);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		if (!node.isObject()) {
			return null;
		}
		if (isReview(node.path("@type"))) {
			return node;
		}
		return findReview(node.path("@graph"));
	}

	private static boolean isReview(JsonNode type) {
		if (type.isArray()) {
			for (JsonNode each : type) {
				if (isReview(each)) {
					return true;
				}
			}
			return false;
		}
		String name = text(type);
		return name != null && name.endsWith("Review");
	}

	private static String text(JsonNode node) {
		if (node == null || !node.isValueNode()) {
			return null;
		}
		String value = node.asString().strip();
		return value.isEmpty() ? null : value;
	}

}
