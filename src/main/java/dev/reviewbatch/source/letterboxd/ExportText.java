package dev.reviewbatch.source.letterboxd;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * An export file's bytes as UTF-8 text, decoded strictly
 * ({@link CodingErrorAction#REPORT}): a byte sequence that is not UTF-8 is never silently
 * replaced; its byte offset is recorded against its line (and U+FFFD handed on in its
 * place), so the row reader can refuse each row that holds one ({@link #invalidByteIn}).
 * It also remembers how each recent line begins, so a record the CSV parser cannot finish
 * (an unbalanced quote) can still be shown ({@link #textFrom}). Lines are counted as
 * Commons CSV counts them: LF, CRLF or a lone CR ends a line.
 * <p>
 * Not thread-safe.
 */
final class ExportText extends Reader {

	/** How much of each line is remembered, and for how many recent lines. */
	private static final int LINE_HEAD = 600;

	private static final int LINES_KEPT = 2048;

	private final InputStream in;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();

	private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();

	/** Byte offset in the file of {@code bytes}' position. */
	private long offset;

	private boolean eof;

	private long line = 1;

	private boolean afterCr;

	/** Line → byte offset of its first invalid byte. */
	private final TreeMap<Long, Long> invalid = new TreeMap<>();

	private final Map<Long, StringBuilder> heads = new LinkedHashMap<>(64, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, StringBuilder> eldest) {
			return size() > LINES_KEPT;
		}
	};

	ExportText(InputStream in) {
		this.in = in;
	}

	/**
	 * The byte offset of the first invalid UTF-8 byte on lines {@code from}–{@code to},
	 * if any.
	 */
	OptionalLong invalidByteIn(long from, long to) {
		Map.Entry<Long, Long> hit = invalid.ceilingEntry(from);
		return hit == null || hit.getKey() > to ? OptionalLong.empty() : OptionalLong.of(hit.getValue());
	}

	/**
	 * Up to {@code max} characters of the text from line {@code from} on (as far as it is
	 * remembered).
	 */
	String textFrom(long from, int max) {
		StringBuilder text = new StringBuilder();
		for (long l = from; text.length() < max && heads.containsKey(l); l++) {
			if (l > from) {
				text.append('\n');
			}
			text.append(heads.get(l));
		}
		return text.length() > max ? text.substring(0, max) : text.toString();
	}

	@Override
	public int read(char[] target, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		while (!chars.hasRemaining()) {
			if (!fill()) {
				return -1;
			}
		}
		int n = Math.min(len, chars.remaining());
		chars.get(target, off, n);
		return n;
	}

	/** Decodes the next characters into {@code chars}; false at the end. */
	private boolean fill() throws IOException {
		if (eof && !bytes.hasRemaining()) {
			return false;
		}
		if (!eof && bytes.remaining() < 8) {
			bytes.compact();
			int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
			if (read < 0) {
				eof = true;
			}
			else {
				bytes.position(bytes.position() + read);
			}
			bytes.flip();
		}
		chars.clear();
		int start = bytes.position();
		CoderResult result = decoder.decode(bytes, chars, eof);
		offset += bytes.position() - start;
		if (result.isMalformed() || result.isUnmappable()) {
			invalid.putIfAbsent(line + linesIn(chars), offset);
			bytes.position(bytes.position() + result.length());
			offset += result.length();
			chars.put('\uFFFD');
		}
		chars.flip();
		note(chars);
		return chars.hasRemaining() || !(eof && !bytes.hasRemaining());
	}

	/**
	 * Line breaks in the decoded but not yet noted characters, for placing an invalid
	 * byte.
	 */
	private long linesIn(CharBuffer decoded) {
		long breaks = 0;
		boolean cr = afterCr;
		for (int i = 0; i < decoded.position(); i++) {
			char c = decoded.get(i);
			if (c == '\n') {
				breaks += cr ? 0 : 1;
			}
			else if (c == '\r') {
				breaks++;
			}
			cr = c == '\r';
		}
		return breaks;
	}

	/** Advances the line count over {@code decoded} and remembers how lines begin. */
	private void note(CharBuffer decoded) {
		for (int i = decoded.position(); i < decoded.limit(); i++) {
			char c = decoded.get(i);
			if (c == '\n' && afterCr) {
				afterCr = false;
				continue;
			}
			if (c == '\n' || c == '\r') {
				line++;
				afterCr = c == '\r';
				continue;
			}
			afterCr = false;
			StringBuilder head = heads.computeIfAbsent(line, l -> new StringBuilder());
			if (head.length() < LINE_HEAD) {
				head.append(c);
			}
		}
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}
