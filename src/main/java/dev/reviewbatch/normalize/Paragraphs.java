package dev.reviewbatch.normalize;

/**
 * Normalises the white space of plain text while keeping its paragraphs: CRLF and CR
 * become LF, a break of two or more line ends (blank or white-space-only lines between
 * them included) becomes exactly one blank line, a single line end stays one, runs of
 * spaces, tabs and NBSP become one space, spaces around line ends and at both ends go.
 * Every other character is kept as it is.
 * <p>
 * Stateless and thread-safe; returns its argument when it is already normal.
 */
final class Paragraphs {

	private Paragraphs() {
	}

	static String normalize(CharSequence text) {
		if (text instanceof String string && isNormal(string)) {
			return string;
		}
		int n = text.length();
		StringBuilder out = new StringBuilder(n);
		int pendingBreaks = 0;
		boolean pendingSpace = false;
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			if (TextCleaning.isSpace(c)) {
				int breaks = lineBreaks(c, text, i);
				if (breaks > 0) {
					pendingBreaks += breaks;
				}
				else if (breaks == 0) {
					pendingSpace = true;
				} // else the CR of a CRLF: the LF counts
				i++;
				continue;
			}
			int start = i;
			do {
				i++;
			}
			while (i < n && !TextCleaning.isSpace(text.charAt(i)));
			if (out.length() > 0) {
				if (pendingBreaks > 0) {
					out.append(pendingBreaks == 1 ? "\n" : "\n\n");
				}
				else if (pendingSpace) {
					out.append(' ');
				}
			}
			out.append(text, start, i);
			pendingBreaks = 0;
			pendingSpace = false;
		}
		return out.toString();
	}

	/**
	 * 1 for a line end, 2 for a paragraph separator, -1 for the CR of a CRLF (the LF
	 * counts), 0 otherwise.
	 */
	private static int lineBreaks(char c, CharSequence text, int i) {
		switch (c) {
			case '\n', '\u000B', '\f', '\u0085', '\u2028':
				return 1;
			case '\r':
				return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? -1 : 1;
			case '\u2029':
				return 2;
			default:
				return 0;
		}
	}

	/**
	 * True when {@link #normalize} would return the same text: the common case of a short
	 * one-line review.
	 */
	private static boolean isNormal(String text) {
		int n = text.length();
		if (n == 0 || TextCleaning.isSpace(text.charAt(0)) || TextCleaning.isSpace(text.charAt(n - 1))) {
			return n == 0;
		}
		char previous = 'x';
		int newlines = 0;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				newlines++;
				if (previous == ' ' || newlines > 2) {
					return false;
				}
			}
			else if (c == ' ') {
				if (previous == ' ' || previous == '\n') {
					return false;
				}
			}
			else if (TextCleaning.isSpace(c) || c == '\u2029' || c == '\u2028') {
				return false;
			}
			else {
				newlines = 0;
			}
			previous = c;
		}
		return true;
	}

}
