package dev.reviewbatch.normalize;

import java.text.Normalizer;

import org.jsoup.parser.Parser;

/**
 * Cleaning steps shared by the one-line normalizers (titles, headlines, ratings): HTML
 * entities decoded, every kind of horizontal or vertical space (NBSP included) collapsed
 * to one space, trimmed, NFC.
 * <p>
 * Stateless and thread-safe; each step returns its argument unchanged when there is
 * nothing to do.
 */
final class TextCleaning {

	private static final char FIRST_COMBINING_MARK = (char) 0x0300;

	private TextCleaning() {
	}

	/** Entities decoded, whitespace squished, NFC; never null for a non-null argument. */
	static String oneLine(String raw) {
		return nfc(squish(decodeEntities(raw)));
	}

	static String decodeEntities(String text) {
		return text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, false);
	}

	static String nfc(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= FIRST_COMBINING_MARK) {
				return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
						: Normalizer.normalize(text, Normalizer.Form.NFC);
			}
		}
		return text; // nothing below U+0300 changes under NFC
	}

	/**
	 * Runs of spaces, tabs, line breaks and Unicode spaces become one ASCII space; the
	 * ends are trimmed.
	 */
	static String squish(String text) {
		if (isSquished(text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		boolean pendingSpace = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isSpace(c)) {
				pendingSpace = out.length() > 0;
			}
			else {
				if (pendingSpace) {
					out.append(' ');
					pendingSpace = false;
				}
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * The text without leading and trailing {@link #isSpace spaces} (NBSP included,
	 * unlike {@link String#strip()}).
	 */
	static String trim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return start == 0 && end == text.length() ? text : text.substring(start, end);
	}

	static boolean isBlank(String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			if (!isSpace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Any horizontal or vertical white space, including NBSP and the other Unicode space
	 * separators.
	 */
	static boolean isSpace(char c) {
		return c == ' ' || (c <= '\r' && c >= '\t') || c == '\u00A0' || c == '\u0085'
				|| (c > '\u00FF' && (Character.isSpaceChar(c) || Character.isWhitespace(c)));
	}

	private static boolean isSquished(String text) {
		int n = text.length();
		if (n == 0) {
			return true;
		}
		if (isSpace(text.charAt(0)) || isSpace(text.charAt(n - 1))) {
			return false;
		}
		boolean previousSpace = false;
		for (int i = 1; i < n - 1; i++) {
			char c = text.charAt(i);
			if (c == ' ') {
				if (previousSpace) {
					return false;
				}
				previousSpace = true;
			}
			else if (isSpace(c)) {
				return false;
			}
			else {
				previousSpace = false;
			}
		}
		return true;
	}

}
