package dev.reviewbatch.normalize;

/**
 * Removes quotes around a film title: a pair that wraps the whole title
 * ({@code “Ballerina”}, {@code 'Jaws'}) and a double quote dangling at one edge
 * ({@code Ballerina”}). Inner quotes ({@code "Deji" Meets Girl}) and a leading apostrophe
 * that belongs to the title ({@code 'Salem's Lot}) stay.
 * <p>
 * Stateless and thread-safe. Known limit: a title that really starts and ends with an
 * apostrophe ({@code 'Round Midnight'}) loses both.
 */
final class TitleQuotes {

	private static final String DOUBLE_QUOTES = "\"“”„‟«»″";

	private static final String SINGLE_QUOTES = "'‘’‚‛‹›";

	private TitleQuotes() {
	}

	/**
	 * The title without wrapping or dangling quotes; the argument is already squished.
	 */
	static String strip(String title) {
		String current = title;
		String previous;
		do {
			previous = current;
			current = stripOnce(current);
		}
		while (!current.equals(previous));
		return current;
	}

	private static String stripOnce(String title) {
		int n = title.length();
		if (n < 2) {
			return n == 1 && isDouble(title, 0) ? "" : title;
		}
		if (isDouble(title, 0) && isDouble(title, n - 1) && count(title, 1, n - 1, DOUBLE_QUOTES) == 0) {
			return title.substring(1, n - 1).strip();
		}
		if (isSingle(title, 0) && isSingle(title, n - 1) && n > 2 && !hasEdgeApostrophe(title, 1, n - 1)) {
			return title.substring(1, n - 1).strip();
		}
		if (count(title, 0, n, DOUBLE_QUOTES) % 2 == 1) {
			if (isDouble(title, n - 1)) {
				return title.substring(0, n - 1).strip();
			}
			if (isDouble(title, 0)) {
				return title.substring(1).strip();
			}
		}
		return title;
	}

	/**
	 * True when a single quote inside the range sits at a word edge, i.e. is a quote
	 * rather than an apostrophe.
	 */
	private static boolean hasEdgeApostrophe(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (SINGLE_QUOTES.indexOf(text.charAt(i)) >= 0) {
				boolean letterBefore = i > from && Character.isLetterOrDigit(text.charAt(i - 1));
				boolean letterAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
				if (!(letterBefore && letterAfter)) {
					return true;
				}
			}
		}
		return false;
	}

	private static int count(String text, int from, int to, String quotes) {
		int count = 0;
		for (int i = from; i < to; i++) {
			if (quotes.indexOf(text.charAt(i)) >= 0) {
				count++;
			}
		}
		return count;
	}

	private static boolean isDouble(String text, int index) {
		return DOUBLE_QUOTES.indexOf(text.charAt(index)) >= 0;
	}

	private static boolean isSingle(String text, int index) {
		return SINGLE_QUOTES.indexOf(text.charAt(index)) >= 0;
	}

}
