package dev.reviewbatch.source.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Letterboxd link of a review in markup or text: a {@code boxd.it} short link,
 * a film page ({@code letterboxd.com/film/<slug>/}) or a member's review of a film
 * ({@code letterboxd.com/<user>/film/<slug>/}). Profile, list and other Letterboxd links
 * are not the review's link. Stateless and thread-safe.
 */
final class LetterboxdLinks {

	static final Pattern LINK = Pattern.compile("https?://(?:boxd\\.it/[A-Za-z0-9]+"
			+ "|(?:www\\.)?letterboxd\\.com/(?:[A-Za-z0-9_]+/)?film/[a-z0-9-]+(?:/(?:\\d+/)?)?)");

	private LetterboxdLinks() {
	}

	/** The first such link, in order of appearance, or null when there is none. */
	static String first(String markupOrText) {
		if (markupOrText == null) {
			return null;
		}
		Matcher m = LINK.matcher(markupOrText);
		return m.find() ? m.group() : null;
	}

}
