package dev.reviewbatch.source.csvformats;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TextEncodingTests {

	@TempDir
	Path folder;

	@Test
	void detect_validUtf8_utf8() throws Exception {
		assertThat(TextEncoding.detect(write("Amélie ★ 千と千尋".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void detect_windows1252Bytes_windows1252() throws Exception {
		assertThat(TextEncoding.detect(write("Amélie’s".getBytes(TextEncoding.WINDOWS_1252))))
			.isEqualTo(TextEncoding.WINDOWS_1252);
	}

	@Test
	void detect_multiByteCharacterAcrossTheBufferBoundary_stillUtf8() throws Exception {
		String text = "x".repeat(64 * 1024 - 1) + "é" + "y";
		assertThat(TextEncoding.detect(write(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void detect_truncatedSequenceAtTheEnd_windows1252() throws Exception {
		byte[] bytes = { 'a', (byte) 0xC3 };
		assertThat(TextEncoding.detect(write(bytes))).isEqualTo(TextEncoding.WINDOWS_1252);
	}

	private Path write(byte[] bytes) throws Exception {
		return Files.write(folder.resolve("f.csv"), bytes);
	}

}
