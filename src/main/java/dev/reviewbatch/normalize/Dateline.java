package dev.reviewbatch.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.RawRow;

/**
 * The date of an article row as written, and its review markup without the line the date
 * came from. A review on a page of many ({@link Field#DATELINE_HTML},
 * {@link Field#DATELINE_TEXT}) has its date beside the film's title in its heading, else
 * in its first short line ({@value #LINE_LIMIT} characters at most) that reads as a date
 * ({@link DateNormalizer}): in HTML among the elements the source marked
 * {@link Field#DATELINE_MARK}, in text any line (emphasis and quote marks around it
 * ignored). That line leaves the review. Any other row's date is its {@code Date}.
 * Stateless.
 */
final class Dateline {

	/** The longest line taken for a date line. */
	static final int LINE_LIMIT = 60;

	private static final String MARKED = "[" + Field.DATELINE_MARK + "]";

	private static final String MARK_TEXT = " " + Field.DATELINE_MARK + "=\"1\"";

	/** Markdown emphasis and quote marks around a line. */
	private static final Pattern LINE_MARKS = Pattern.compile("^[*_>\\s]+|[*_\\s]+$");

	private Dateline() {
	}

	/** A date as written (or null) and the review markup without its line. */
	record Dated(String date, String body) {
	}

	static Dated of(RawRow row) {
		String body = row.fields().get(Field.REVIEW);
		if (row.fields().containsKey(Field.DATELINE_HTML)) {
			return html(row.fields().get(Field.DATELINE_HTML), body);
		}
		if (row.fields().containsKey(Field.DATELINE_TEXT)) {
			return text(row.fields().get(Field.DATELINE_TEXT), body);
		}
		return new Dated(row.fields().get(Field.DATE), body);
	}

	private static Dated html(String headingRest, String body) {
		String unmarked = body == null ? null : body.replace(MARK_TEXT, "");
		if (readsAsDate(headingRest) || body == null) {
			return new Dated(readsAsDate(headingRest) ? headingRest.strip() : null, unmarked);
		}
		Element root = Jsoup.parseBodyFragment(body).body();
		for (Element line : root.select(MARKED)) {
			String text = line.text().strip();
			if (isDateLine(text)) {
				line.remove();
				root.select(MARKED).removeAttr(Field.DATELINE_MARK);
				return new Dated(text, root.html());
			}
		}
		return new Dated(null, unmarked);
	}

	private static Dated text(String headingRest, String body) {
		if (readsAsDate(headingRest) || body == null) {
			return new Dated(readsAsDate(headingRest) ? headingRest.strip() : null, body);
		}
		List<String> lines = new ArrayList<>(Arrays.asList(body.split("\n", -1)));
		for (int i = 0; i < lines.size(); i++) {
			String line = LINE_MARKS.matcher(lines.get(i)).replaceAll("");
			if (isDateLine(line)) {
				lines.remove(i);
				return new Dated(line, String.join("\n", lines));
			}
		}
		return new Dated(null, body);
	}

	private static boolean isDateLine(String text) {
		return !text.isEmpty() && text.length() <= LINE_LIMIT && readsAsDate(text);
	}

	/**
	 * Whether {@code text} is a date {@link DateNormalizer} reads (a byline or dateline).
	 */
	static boolean readsAsDate(String text) {
		if (text == null || text.chars().noneMatch(Character::isDigit)) {
			return false;
		}
		try {
			return DateNormalizer.parse(text) != null;
		}
		catch (NormalizationException ex) {
			return false;
		}
	}

}
