package dev.reviewbatch.progress;

import java.time.Duration;
import java.util.Locale;

/**
 * Formats an import step's progress as one line that fits an 80-column terminal and
 * starts with its row count, e.g.
 * {@code   45,000 rows of ~200,000 (22%) in diary.csv  3,426/s  45 s left}; a long file
 * name is shortened from the left to fit. Stateless.
 */
public final class ProgressLine {

	static final int MAX_WIDTH = 79;

	private static final int MIN_FILE_WIDTH = 8;

	private ProgressLine() {
	}

	public static String running(ImportMeter.Snapshot at) {
		StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %,d rows", at.rows()));
		if (at.estimatedTotal() >= 0) {
			head.append(String.format(Locale.ROOT, " of ~%,d", Math.max(at.rows(), at.estimatedTotal())));
		}
		if (at.fraction() >= 0) {
			head.append(String.format(Locale.ROOT, " (%d%%)", (int) Math.floor(at.fraction() * 100)));
		}
		StringBuilder tail = new StringBuilder(String.format(Locale.ROOT, "  %,.0f/s", at.rowsPerSecond()));
		if (at.timeLeft() != null) {
			tail.append("  ").append(duration(at.timeLeft())).append(" left");
		}
		int room = MAX_WIDTH - head.length() - tail.length() - " in ".length();
		if (at.file() != null && room >= MIN_FILE_WIDTH) {
			head.append(" in ").append(shortened(at.file(), room));
		}
		return head.append(tail).toString();
	}

	/** E.g. {@code   200,000 rows imported in 58.1 s (3,440 rows/s)}. */
	public static String finished(ImportMeter.Snapshot at) {
		return String.format(Locale.ROOT, "  %,d rows imported in %s (%,.0f rows/s)", at.rows(), seconds(at.elapsed()),
				at.rowsPerSecond());
	}

	/**
	 * As {@link #finished(ImportMeter.Snapshot)} when this attempt read only {@code read}
	 * of the rows: the others were stored before it (files carried unchanged, or an
	 * earlier attempt of a resumed run), so they count in the total but not in the rate.
	 * E.g.
	 * {@code   141 rows, all already stored (unchanged files are not re-read), in 0.1 s}.
	 */
	public static String finished(ImportMeter.Snapshot at, long read) {
		if (read >= at.rows()) {
			return finished(at);
		}
		if (read == 0) {
			return String.format(Locale.ROOT, "  %,d rows, all already stored (unchanged files are not re-read), in %s",
					at.rows(), seconds(at.elapsed()));
		}
		return String.format(Locale.ROOT, "  %,d rows in %s: %,d read (%,.0f rows/s), %,d already stored", at.rows(),
				seconds(at.elapsed()), read, at.rowsPerSecond(), at.rows() - read);
	}

	/** {@code 45 s}, {@code 5 min 33 s}, {@code 12 min}, {@code 1 h 05 min}. */
	static String duration(Duration duration) {
		long seconds = Math.max(1, Math.round(duration.toMillis() / 1000.0));
		if (seconds < 60) {
			return seconds + " s";
		}
		if (seconds < 600) {
			return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
		}
		if (seconds < 3600) {
			return Math.round(seconds / 60.0) + " min";
		}
		return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
	}

	/** {@code 58.1 s}. */
	public static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

	private static String shortened(String file, int width) {
		return file.length() <= width ? file : "…" + file.substring(file.length() - width + 1);
	}

}
