package dev.reviewbatch.progress;

import java.time.Duration;
import java.util.Locale;

/**
 * Formats an import step's progress as one line that fits an 80-column terminal and starts with its row count,
 * e.g. {@code   45,000 rows of ~200,000 (22%)  diary.csv  3,426 rows/s  about 45 s left}. Stateless.
 */
public final class ProgressLine {

	private static final int FILE_WIDTH = 24;

	private ProgressLine() {
	}

	public static String running(ImportMeter.Snapshot at) {
		StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %,d rows", at.rows()));
		if (at.estimatedTotal() >= 0) {
			line.append(String.format(Locale.ROOT, " of ~%,d", Math.max(at.rows(), at.estimatedTotal())));
		}
		if (at.fraction() >= 0) {
			line.append(String.format(Locale.ROOT, " (%d%%)", (int) Math.floor(at.fraction() * 100)));
		}
		if (at.file() != null) {
			line.append("  ").append(shortened(at.file()));
		}
		line.append(String.format(Locale.ROOT, "  %,.0f rows/s", at.rowsPerSecond()));
		if (at.timeLeft() != null) {
			line.append("  about ").append(duration(at.timeLeft())).append(" left");
		}
		return line.toString();
	}

	/** E.g. {@code   200,000 rows imported in 58.1 s (3,440 rows/s)}. */
	public static String finished(ImportMeter.Snapshot at) {
		return String.format(Locale.ROOT, "  %,d rows imported in %s (%,.0f rows/s)", at.rows(),
				seconds(at.elapsed()), at.rowsPerSecond());
	}

	/** {@code 45 s}, {@code 3 min 20 s}, {@code 1 h 05 min}. */
	static String duration(Duration duration) {
		long seconds = Math.max(1, Math.round(duration.toMillis() / 1000.0));
		if (seconds < 60) {
			return seconds + " s";
		}
		if (seconds < 3600) {
			return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
		}
		return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
	}

	/** {@code 58.1 s}. */
	public static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

	private static String shortened(String file) {
		return file.length() <= FILE_WIDTH ? file : "…" + file.substring(file.length() - FILE_WIDTH + 1);
	}
}
