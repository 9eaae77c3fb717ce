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

	// --- TOML (+++), as Hugo and Zola write it ---

	@Test
	void toml_tablesAndDottedKeysFlattened_keysLowerCased_arraysJoined() {
		FrontMatter front = FrontMatter.split("+++\nTitle = \"Notes on a lighthouse\"\ndate = 2024-11-02\n"
				+ "extra.movie.rating = 9\n[taxonomies]\ntags = [\"films\", \"german cinema\"]\n"
				+ "[extra.film]\nYear = 2019\n+++\nBody line\n");

		assertThat(front.valueOf("title")).isEqualTo("Notes on a lighthouse");
		assertThat(front.valueOf("date")).isEqualTo("2024-11-02");
		assertThat(front.valueOf("extra.movie.rating")).isEqualTo("9");
		assertThat(front.valueOf("extra.film.year")).isEqualTo("2019");
		assertThat(front.valueOf("taxonomies.tags")).isEqualTo("films, german cinema");
		assertThat(front.body()).isEqualTo("Body line\n");
		assertThat(front.problem()).isNull();
	}

	@Test
	void toml_tableHeaderAndDottedKey_sameKey() {
		assertThat(FrontMatter.split("+++\n[extra.movie]\nrating = 7\n+++\n").valueOf("extra.movie.rating"))
			.isEqualTo("7");
		assertThat(FrontMatter.split("+++\nextra.movie.rating = 7\n+++\n").valueOf("extra.movie.rating"))
			.isEqualTo("7");
	}

	@Test
	void toml_neverClosed_truncatedProblem() {
		FrontMatter front = FrontMatter.split("+++\ntitle = \"Heat\"\n");

		assertThat(front.closed()).isFalse();
		assertThat(front.problem()).isEqualTo(FrontMatter.TOML_UNCLOSED);
	}

	@Test
	void toml_invalid_problemSaysSo_bodyKept() {
		FrontMatter front = FrontMatter.split("+++\ntitle = Heat without quotes\n+++\nBody\n");

		assertThat(front.problem()).startsWith("the TOML front matter is not valid TOML: ");
		assertThat(front.body()).isEqualTo("Body\n");
	}

}
