package dev.reviewbatch.source.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentKindTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "<?xml version='1.0'?><rss version='2.0'>|XML", "\uFEFF  <rss version=\"2.0\">|XML",
					"<!-- saved --><rss>|XML", "<feed xmlns='http://www.w3.org/2005/Atom'>|XML",
					"<?xml version=\"1.0\"?><catalog/>|XML",
					"<?xml version=\"1.0\"?><!DOCTYPE rss [ <!ENTITY x SYSTEM 'file:///etc/hostname'> ]><rss>|XML",
					"<!DOCTYPE rss [ <!ENTITY a 'ha'> <!ENTITY b '&a;&a;'> ]><rss version='2.0'>|XML",
					"<?xml version=\"1.0\"?><!DOCTYPE html><html xmlns='http://www.w3.org/1999/xhtml'>|HTML",
					"<!DOCTYPE html><html lang=en>|HTML", "<html><head>|HTML", "  <article><h1>Heat (1995)</h1>|HTML",
					"Heat (1995) Review – Still the best|TEXT", "# Heat (1995)|TEXT" })
	void kind_fromTheFirstBytes(String content, ContentKind kind) {
		assertThat(ContentKind.of(content.getBytes(StandardCharsets.UTF_8))).isEqualTo(kind);
	}

	@Test
	void markdownWithFrontMatter_text() {
		assertThat(ContentKind
			.of("---\ntitle: Heat (1995)\ngrade: A\n---\nStill the best.".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(ContentKind.TEXT);
	}

	@ParameterizedTest
	@CsvSource({ "0", "5" })
	void nulByte_binary(int at) {
		byte[] content = "<html>".getBytes(StandardCharsets.UTF_8);
		content[at] = 0;

		assertThat(ContentKind.of(content)).isEqualTo(ContentKind.BINARY);
	}

}
