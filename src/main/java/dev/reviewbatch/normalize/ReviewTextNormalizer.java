package dev.reviewbatch.normalize;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Review bodies (Letterboxd {@code Review} cells, RSS descriptions) → plain text with
 * paragraphs.
 * <p>
 * The HTML is read leniently: unbalanced tags ({@code <i>Title<i>}, a
 * {@code <blockquote>} never closed), entities, {@code
 *
<p>
 * }, {@code <br>
 * }, {@code <blockquote>}, {@code
 *
<h2>} and links (their text is kept, the URL dropped). Paragraph breaks (blank lines in
 * the source, {@code
 *
<p>
 * }, {@code <br>
 * <br>
 * }, block elements) become exactly one blank line {@code \n\n}; a single line end inside
 * a paragraph stays {@code \n}; CRLF becomes LF; runs of spaces collapse and both ends
 * are trimmed. Every other character is kept as written (curly quotes, combining marks,
 * emoji); NBSP becomes a space. Text without {@code <} and {@code &} skips the HTML
 * parser entirely.
 * <p>
 * Never throws; blank input (or HTML without text) gives null. Stateless and thread-safe.
 */
public final class ReviewTextNormalizer {

	private static final String SPOILER_NOTE = "This review may contain spoilers";

	private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
			"ol", "dl", "pre", "table", "hr", "section", "article", "header", "footer", "aside", "figure", "figcaption",
			"address", "details", "summary", "main", "nav");

	private static final Set<String> LINES = Set.of("br", "li", "tr", "dt", "dd");

	private ReviewTextNormalizer() {
	}

	/** The plain text of a review body, or null when it has none. */
	public static String toPlainText(String html) {
		if (TextCleaning.isBlank(html)) {
			return null;
		}
		String text;
		if (html.indexOf('<') >= 0) {
			text = Paragraphs.normalize(textOf(html));
		}
		else {
			text = Paragraphs.normalize(TextCleaning.decodeEntities(html));
		}
		return text.isEmpty() ? null : text;
	}

	/**
	 * True when the body opens with Letterboxd's "This review may contain spoilers." note
	 * (RSS descriptions).
	 */
	public static boolean startsWithSpoilerNote(String html) {
		String text = toPlainText(html);
		return text != null && text.regionMatches(true, 0, SPOILER_NOTE, 0, SPOILER_NOTE.length());
	}

	private static CharSequence textOf(String html) {
		StringBuilder out = new StringBuilder(html.length());
		NodeTraversor.traverse(new TextCollector(out), Jsoup.parseBodyFragment(html).body());
		return out;
	}

	/**
	 * Appends text nodes as they are, a line end for line elements and a blank line
	 * around blocks. A source line end right after {@code <br>
	 * } is the same line end, not a second one.
	 */
	private static final class TextCollector implements NodeVisitor {

		private final StringBuilder out;

		private boolean afterBreak;

		TextCollector(StringBuilder out) {
			this.out = out;
		}

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode text) {
				String whole = text.getWholeText();
				out.append(whole, afterBreak ? skipOneLineEnd(whole) : 0, whole.length());
				afterBreak = false;
			}
			else if (node instanceof Element element) {
				String name = element.normalName();
				if (BLOCKS.contains(name)) {
					out.append("\n\n");
				}
				else if (LINES.contains(name)) {
					out.append('\n');
				}
				afterBreak = name.equals("br");
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
				out.append("\n\n");
			}
		}

		/**
		 * The index after spaces and one line end at the start of {@code text}, or 0 when
		 * it has none.
		 */
		private static int skipOneLineEnd(String text) {
			int i = 0;
			while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
				i++;
			}
			if (i < text.length() && text.charAt(i) == '\r') {
				i++;
			}
			if (i < text.length() && text.charAt(i) == '\n') {
				return i + 1;
			}
			return i > 0 && text.charAt(i - 1) == '\r' ? i : 0;
		}

	}

}
