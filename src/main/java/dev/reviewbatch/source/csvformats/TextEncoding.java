package dev.reviewbatch.source.csvformats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects whether a text file is UTF-8 or Windows-1252: a file that decodes as strict
 * UTF-8 is UTF-8 (plain ASCII included), anything else is read as Windows-1252, which
 * maps every byte to some character. Detected, not assumed: old IMDb exports and
 * spreadsheet-saved CSVs are Windows-1252. Stateless.
 */
final class TextEncoding {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextEncoding() {
	}

	/** UTF-8 when every byte of the file decodes as strict UTF-8, else Windows-1252. */
	static Charset detect(Path file) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(64 * 1024);
		CharBuffer out = CharBuffer.allocate(64 * 1024);
		try (InputStream stream = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int read = stream.read(in.array(), in.position(), in.remaining());
				end = read < 0;
				in.position(in.position() + Math.max(read, 0));
				in.flip();
				if (decoder.decode(in, out, end).isError()) {
					return WINDOWS_1252;
				}
				in.compact();
				out.clear();
			}
			return decoder.flush(out).isError() ? WINDOWS_1252 : StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			return WINDOWS_1252;
		}
	}

}
