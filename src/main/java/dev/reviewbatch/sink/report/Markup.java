package dev.reviewbatch.sink.report;

/**
 * Escaping for the report's three text formats: HTML/SVG text and attributes, Markdown
 * table cells, CSV cells.
 */
final class Markup {

	private Markup() {
	}

	/** Text safe inside an HTML or SVG element or a quoted attribute. */
	static String html(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * One line of text safe in a Markdown table cell: pipes, backslashes and markup
	 * characters escaped.
	 */
	static String markdownCell(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		String escaped = flat.replaceAll("([\\\\|`*\\[\\]<>])", "\\\\$1");
		// an underscore inside a word never starts emphasis
		return escaped.replaceAll("(?<![\\p{Alnum}])_|_(?![\\p{Alnum}])", "\\\\_");
	}

	/**
	 * A CSV cell that a spreadsheet cannot run as a formula: a cell starting with
	 * {@code = + - @}, a tab or a carriage return gets a leading {@code '}. Plain signed
	 * numbers ({@code -1.5}, {@code +0.5}) are left as they are: a spreadsheet reads them
	 * as numbers, not formulas.
	 */
	static String csvCell(String text) {
		if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || text.matches("[+-]\\d+(\\.\\d+)?")) {
			return text;
		}
		return "'" + text;
	}

}
