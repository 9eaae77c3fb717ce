package dev.reviewbatch.cli;

import java.sql.SQLException;

/**
 * Turns an exception chain into the one line a person needs: the deepest message that
 * says something.
 */
final class Errors {

	/** H2: "Database may be already in use". */
	private static final int H2_DATABASE_IN_USE = 90020;

	private Errors() {
	}

	static String oneLine(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

	static boolean isStoreInUse(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
				return true;
			}
		}
		return false;
	}

	static <T extends Throwable> T find(Throwable error, Class<T> type) {
		for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

}
