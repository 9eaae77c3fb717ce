package dev.reviewbatch.source.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterTests {

	@Test
	void keysLowerCased_quotesStripped_bodyAfterFence() {
		FrontMatter front = FrontMatter.split("---\nTitle: \"Avengers: Age of Ultron (2015)\"\ngrade: 'C+'\n"
				+ "tags:\n  - marvel\n---\nBody line\n");

		assertThat(front.valueOf("title")).isEqualTo("Avengers: Age of Ultron (2015)");
		assertThat(front.valueOf("grade")).isEqualTo("C+");
		assertThat(front.valueOf("tags")).isNull();
		assertThat(front.body()).isEqualTo("Body line\n");
		assertThat(front.closed()).isTrue();
	}

	@Test
	void noFrontMatter_wholeTextIsBody() {
		FrontMatter front = FrontMatter.split("Heat (1995)\n---\n");

		assertThat(front.body()).isEqualTo("Heat (1995)\n---\n");
		assertThat(front.valueOf("title")).isNull();
	}

	@Test
	void neverClosed_notClosed_noBody() {
		FrontMatter front = FrontMatter.split("---\ntitle: Heat\n");

		assertThat(front.closed()).isFalse();
		assertThat(front.body()).isEmpty();
	}
}
