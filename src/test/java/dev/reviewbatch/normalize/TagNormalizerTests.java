package dev.reviewbatch.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TagNormalizerTests {

	@Test
	void split_letterboxdCell_keepsOrderCaseAndSymbols() {
		assertThat(TagNormalizer.split("XD, w/ kyle, @ theatre, criterion challenge 2025")).containsExactly("XD",
				"w/ kyle", "@ theatre", "criterion challenge 2025");
	}

	@Test
	void split_extraSpacesAndEmptyParts_trimmedAndDropped() {
		assertThat(TagNormalizer.split(" jidaigeki ,, in-black-and-white, ,\u00A0")).containsExactly("jidaigeki",
				"in-black-and-white");
	}

	@Test
	void split_nullOrBlank_isEmpty() {
		assertThat(TagNormalizer.split(null)).isEmpty();
		assertThat(TagNormalizer.split("")).isEmpty();
		assertThat(TagNormalizer.split(" , ")).isEmpty();
	}

	@Test
	void split_singleTag_isOneElement() {
		assertThat(TagNormalizer.split("rewatch")).containsExactly("rewatch");
	}

	@Test
	void split_result_isUnmodifiable() {
		List<String> tags = TagNormalizer.split("a, b");
		assertThatThrownBy(() -> tags.add("c")).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void join_tags_commaSpaceJoined() {
		assertThat(TagNormalizer.join(List.of("XD", "w/ kyle", "@ theatre"))).isEqualTo("XD, w/ kyle, @ theatre");
	}

	@Test
	void join_nullEmptyOrBlankTags_leftOut() {
		assertThat(TagNormalizer.join(null)).isEmpty();
		assertThat(TagNormalizer.join(List.of())).isEmpty();
		assertThat(TagNormalizer.join(new ArrayList<>(Arrays.asList("a", null, " ", "b")))).isEqualTo("a, b");
	}

	@Test
	void joinThenSplit_tags_roundTrip() {
		List<String> tags = List.of("jidaigeki", "in-black-and-white", "XD");
		assertThat(TagNormalizer.split(TagNormalizer.join(tags))).isEqualTo(tags);
	}

}
