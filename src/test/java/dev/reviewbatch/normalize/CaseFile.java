package dev.reviewbatch.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a case file from {@code src/test/resources/cases/} (copies of the shared cases):
 * tab-separated, header first, {@code &#92;uXXXX} in a cell standing for one character,
 * {@code REJECT} = must be refused, empty = no value.
 */
final class CaseFile {

	static final String REJECT = "REJECT";

	private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

	private CaseFile() {
	}

	/**
	 * Every row after the header; rows shorter than the header are padded with empty
	 * cells.
	 */
	static List<Row> rows(String fileName) {
		List<String> lines = lines(fileName);
		int columns = lines.get(0).split("\t", -1).length;
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			String[] cells = Arrays.copyOf(lines.get(i).split("\t", -1), columns);
			for (int c = 0; c < columns; c++) {
				cells[c] = cells[c] == null ? "" : decode(cells[c]);
			}
			rows.add(new Row(fileName, i + 1, List.of(cells)));
		}
		return rows;
	}

	static String decode(String cell) {
		Matcher m = ESCAPE.matcher(cell);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static List<String> lines(String fileName) {
		try (InputStream in = CaseFile.class.getResourceAsStream("/cases/" + fileName)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource cases/" + fileName);
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return text.lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One case: {@code cell(0)} is the raw input, the other cells the expected values.
	 */
	record Row(String file, int line, List<String> cells) {

		String raw() {
			return cells.get(0);
		}

		String cell(int index) {
			return cells.get(index);
		}

		boolean rejects() {
			return REJECT.equals(cells.get(1));
		}

		@Override
		public String toString() {
			return file + ":" + line + " \"" + raw() + "\" → " + String.join(" | ", cells.subList(1, cells.size()));
		}
	}

}
