package dev.reviewbatch.normalize;

/**
 * Blanks out what is not prose before ratings are searched: HTML tags
 * ({@code <a href="…/2020/07/10/…">}), URLs with a scheme or {@code www.}, and bare
 * domain paths ({@code npr.org/2020/07/10/…}). Each masked character becomes a space, so
 * offsets in the result are offsets in the input.
 * <p>
 * Linear in the text length, no regex. Stateless and thread-safe.
 */
final class MarkupMask {

	private MarkupMask() {
	}

	/**
	 * The text with tags and URLs replaced by spaces; the argument itself when there is
	 * nothing to mask.
	 */
	static String mask(String text) {
		if (text.indexOf('<') < 0 && text.indexOf('/') < 0 && text.indexOf("www.") < 0) {
			return text;
		}
		char[] chars = text.toCharArray();
		boolean masked = maskTags(chars);
		masked |= maskUrls(chars, text);
		masked |= maskDomainPaths(chars);
		return masked ? new String(chars) : text;
	}

	private static boolean maskTags(char[] chars) {
		boolean masked = false;
		for (int i = 0; i < chars.length - 1; i++) {
			char next = chars[i + 1];
			if (chars[i] == '<' && (isAsciiLetter(next) || next == '/' || next == '!')) {
				int close = indexOf(chars, '>', i + 1);
				if (close < 0) {
					break;
				}
				blank(chars, i, close + 1);
				masked = true;
				i = close;
			}
		}
		return masked;
	}

	private static boolean maskUrls(char[] chars, String text) {
		boolean masked = false;
		for (String marker : new String[] { "://", "www." }) {
			for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
				int start = at;
				while (start > 0 && isAsciiLetter(chars[start - 1])) {
					start--; // the scheme
				}
				blank(chars, start, endOfUrl(chars, at));
				masked = true;
			}
		}
		return masked;
	}

	/**
	 * {@code npr.org/2020/07/10/…}: a slash right after a host name that ends in a dot
	 * and two or more letters.
	 */
	private static boolean maskDomainPaths(char[] chars) {
		boolean masked = false;
		for (int slash = 0; slash < chars.length; slash++) {
			if (chars[slash] != '/') {
				continue;
			}
			int start = slash;
			while (start > 0 && isHostChar(chars[start - 1])) {
				start--;
			}
			if (endsWithTopLevelDomain(chars, start, slash)) {
				int end = endOfUrl(chars, slash);
				blank(chars, start, end);
				masked = true;
				slash = end;
			}
		}
		return masked;
	}

	private static boolean endsWithTopLevelDomain(char[] chars, int start, int end) {
		int letters = 0;
		int i = end - 1;
		while (i >= start && Character.isLetter(chars[i])) {
			letters++;
			i--;
		}
		return letters >= 2 && i > start && chars[i] == '.';
	}

	private static int endOfUrl(char[] chars, int from) {
		int end = from;
		while (end < chars.length && !Character.isWhitespace(chars[end]) && "<>\"'".indexOf(chars[end]) < 0) {
			end++;
		}
		return end;
	}

	private static boolean isHostChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '.';
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static int indexOf(char[] chars, char c, int from) {
		for (int i = from; i < chars.length; i++) {
			if (chars[i] == c) {
				return i;
			}
		}
		return -1;
	}

	private static void blank(char[] chars, int from, int to) {
		for (int i = from; i < to; i++) {
			chars[i] = ' ';
		}
	}

}
