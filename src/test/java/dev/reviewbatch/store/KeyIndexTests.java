package dev.reviewbatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keys numbered by dense slots, found again after growth and after a rename. */
class KeyIndexTests {

	@Test
	void hundredThousandKeys_eachFoundAtItsSlot_unknownNotFound() {
		KeyIndex index = new KeyIndex();
		for (int i = 0; i < 100_000; i++) {
			assertThat(index.add("https://boxd.it/" + Integer.toString(i, 36))).isEqualTo(i);
		}
		assertThat(index.size()).isEqualTo(100_000);
		for (int i = 0; i < 100_000; i += 997) {
			assertThat(index.find("https://boxd.it/" + Integer.toString(i, 36))).isEqualTo(i);
		}
		assertThat(index.find("https://boxd.it/never")).isEqualTo(-1);
		assertThat(index.findOrAdd("https://boxd.it/0")).isZero();
	}

	@Test
	void rename_keepsTheSlot_andTheOldKeyIsGone() {
		KeyIndex index = new KeyIndex();
		for (int i = 0; i < 3_000; i++) {
			index.add("k" + i);
		}

		assertThat(index.rename("k42", "https://boxd.it/abc")).isEqualTo(42);

		assertThat(index.find("k42")).isEqualTo(-1);
		assertThat(index.find("https://boxd.it/abc")).isEqualTo(42);
		for (int i = 0; i < 3_000; i++) {
			if (i != 42) {
				assertThat(index.find("k" + i)).isEqualTo(i);
			}
		}
		assertThat(index.rename("missing", "x")).isEqualTo(-1);
	}

}
