package dev.reviewbatch.source.letterboxd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks a whole export file at the byte level before any of its rows is imported, so a
 * file that cannot be trusted is refused as a whole: empty, UTF-16 text (the export is
 * UTF-8), NUL bytes (sync-tool placeholders), git merge-conflict markers, or a header
 * that is not exactly the expected one (e.g. a pandas copy with an index column). One
 * pass, constant memory.
 */
final class FileCheck {

	/** A whole-file problem, at a 1-based line. */
	record Problem(long line, String reason) {
	}

	private static final byte[] CONFLICT_START = "<<<<<<< ".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] CONFLICT_END = ">>>>>>> ".getBytes(StandardCharsets.US_ASCII);

	private static final String LIST_BANNER_PREFIX = "Letterboxd list export v";

	private FileCheck() {
	}

	static Optional<Problem> inspect(InputStream in, ExportFile file) throws IOException {
		Scan scan = Scan.of(in);
		if (scan.bytes == 0) {
			return problem(1, "empty file: expected the header line \"" + file.header() + "\"");
		}
		String utf16 = scan.utf16();
		if (utf16 != null) {
			return problem(1,
					"is UTF-16 (" + utf16 + "); the export is UTF-8: save the file as UTF-8 and import again");
		}
		if (scan.firstNul >= 0) {
			return problem(scan.nulLine,
					scan.nulCount == scan.bytes
							? "consists only of NUL bytes (a sync tool's placeholder?), not a CSV file"
							: "contains NUL bytes (first at byte " + scan.firstNul + "): not a text CSV file");
		}
		if (scan.conflictStartLine > 0 && scan.conflictEndLine > scan.conflictStartLine) {
			return problem(scan.conflictStartLine, "git merge-conflict markers (lines " + scan.conflictStartLine + "–"
					+ scan.conflictEndLine + "): resolve the conflict, then import again");
		}
		return file == ExportFile.LIST ? checkListHeader(scan) : checkHeader(scan.line1, file.header(), 1);
	}

	private static Optional<Problem> checkListHeader(Scan scan) {
		boolean banner = scan.line1.isEmpty() || scan.line1.startsWith(LIST_BANNER_PREFIX);
		if (!banner) {
			return problem(1,
					"expected \"Letterboxd list export v7\" or an empty first line, found " + describe(scan.line1));
		}
		return checkHeader(scan.line2, ExportFile.LIST.header(), 2);
	}

	private static Optional<Problem> checkHeader(String actual, String expected, long line) {
		if (actual.equals(expected)) {
			return Optional.empty();
		}
		String hint = actual.startsWith(",") ? " (a pandas copy with an index column?)"
				: actual.contains(".0,") ? " (a derived copy?)" : "";
		return problem(line, "header is " + describe(actual) + ", expected \"" + expected + "\"" + hint);
	}

	private static Optional<Problem> problem(long line, String reason) {
		return Optional.of(new Problem(line, reason));
	}

	private static String describe(String line) {
		if (line.isEmpty()) {
			return "an empty line";
		}
		return '"' + (line.length() > 120 ? line.substring(0, 120) + "…" : line) + '"';
	}

	/** The facts one pass over the bytes gives. */
	private static final class Scan {

		long bytes;

		long firstNul = -1;

		long nulLine;

		long nulCount;

		long conflictStartLine;

		long conflictEndLine;

		String line1 = "";

		String line2 = "";

		/** The first bytes of the file (up to 64), for recognising UTF-16. */
		final byte[] start = new byte[64];

		int startLength;

		/**
		 * How the file shows it is UTF-16: its byte-order mark, or NUL in every other
		 * byte of its first bytes (ASCII text in UTF-16 without a mark); {@code null}
		 * when it is not UTF-16.
		 */
		String utf16() {
			if (startLength >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
				return "byte-order mark FF FE";
			}
			if (startLength >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
				return "byte-order mark FE FF";
			}
			if (startLength < 8 || startLength % 2 != 0 && startLength < start.length) {
				return null;
			}
			boolean evenNul = true;
			boolean oddNul = true;
			for (int i = 0; i + 1 < startLength; i += 2) {
				evenNul &= start[i] == 0 && start[i + 1] != 0;
				oddNul &= start[i + 1] == 0 && start[i] != 0;
			}
			return evenNul ? "NUL in every other byte: UTF-16BE" : oddNul ? "NUL in every other byte: UTF-16LE" : null;
		}

		static Scan of(InputStream in) throws IOException {
			Scan scan = new Scan();
			byte[] buffer = new byte[1 << 16];
			byte[] lineStart = new byte[8];
			int lineStartLength = 0;
			long line = 1;
			ByteArrayOutputStream header = new ByteArrayOutputStream();
			int n;
			while ((n = in.read(buffer)) > 0) {
				for (int i = 0; i < n; i++) {
					byte b = buffer[i];
					if (b == 0) {
						scan.nulCount++;
						if (scan.firstNul < 0) {
							scan.firstNul = scan.bytes + i;
							scan.nulLine = line;
						}
					}
					if (scan.startLength < scan.start.length && scan.bytes + i == scan.startLength) {
						scan.start[scan.startLength++] = b;
					}
					if (line <= 2 && header.size() < 4096) {
						header.write(b);
					}
					if (b == '\n') {
						line++;
						lineStartLength = 0;
						continue;
					}
					if (lineStartLength < lineStart.length) {
						lineStart[lineStartLength++] = b;
						if (lineStartLength == lineStart.length) {
							scan.noteLineStart(lineStart, line);
						}
					}
				}
				scan.bytes += n;
			}
			scan.splitHeader(header.toString(StandardCharsets.UTF_8));
			return scan;
		}

		private void noteLineStart(byte[] start, long line) {
			if (conflictStartLine == 0 && java.util.Arrays.equals(start, CONFLICT_START)) {
				conflictStartLine = line;
			}
			else if (conflictStartLine > 0 && java.util.Arrays.equals(start, CONFLICT_END)) {
				conflictEndLine = line;
			}
		}

		private void splitHeader(String text) {
			String[] lines = text.replace("\uFEFF", "").split("\n", 3);
			line1 = lines.length > 0 ? lines[0].strip() : "";
			line2 = lines.length > 1 ? lines[1].strip() : "";
		}

	}

}
