package dev.reviewbatch.sink.export;

/**
 * Guards CSV cells against formula injection: a text cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '},
 * so a spreadsheet shows it as text instead of evaluating it. Only text is guarded;
 * numbers, dates and booleans are written as they are.
 * <p>
 * The guard changes the value, so it is applied only where a person, not a program, reads
 * the cell (see {@link LetterboxdImportWriter} for the columns Letterboxd's importer
 * reads verbatim). Stateless.
 */
final class SpreadsheetSafety {

	private SpreadsheetSafety() {
	}

	/**
	 * The cell with a leading {@code '} when it could be read as a formula; {@code null}
	 * stays {@code null}.
	 */
	static String guard(String cell) {
		if (cell == null || cell.isEmpty()) {
			return cell;
		}
		char first = cell.charAt(0);
		boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return risky ? "'" + cell : cell;
	}

}
