package dev.reviewbatch.normalize;

import java.util.Locale;
import java.util.Set;

/**
 * Moves a trailing article to the front, as catalogues write titles: {@code Matrix, The}
 * → {@code The Matrix}, {@code Cité des enfants perdus, La} →
 * {@code La Cité des enfants perdus}. Only the part after the LAST comma counts, and only
 * when it is exactly one article, so {@code Three Billboards Outside Ebbing, Missouri}
 * stays.
 * <p>
 * Stateless and thread-safe. Articles (case-insensitive): English, French, Spanish,
 * Italian, German, Dutch and Scandinavian definite and indefinite articles; elided
 * {@code L'} joins without a space.
 */
final class TitleArticles {

	private static final Set<String> ARTICLES = Set.of("the", "a", "an", // English
			"la", "le", "les", "l'", "un", "une", // French
			"el", "los", "las", "una", // Spanish
			"il", "lo", "gli", "uno", // Italian
			"der", "die", "das", "ein", "eine", // German
			"de", "het", "een", // Dutch
			"den", "det"); // Scandinavian

	private TitleArticles() {
	}

	/** The title with a trailing article moved to the front; unchanged otherwise. */
	static String moveToFront(String title) {
		int comma = title.lastIndexOf(',');
		if (comma <= 0 || title.length() - comma > 6) {
			return title;
		}
		String article = title.substring(comma + 1).strip();
		String key = article.replace('’', '\'').toLowerCase(Locale.ROOT);
		String head = title.substring(0, comma).strip();
		if (head.isEmpty() || !ARTICLES.contains(key)) {
			return title;
		}
		return key.endsWith("'") ? article + head : article + " " + head;
	}

}
