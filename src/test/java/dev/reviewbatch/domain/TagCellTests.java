package dev.reviewbatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The tag cell the store and the CSVs write: joined by ", ", blanks left out. */
class TagCellTests {

	@Test
	void of_joinsWithCommaSpace_keepingCaseAndSymbols() {
		assertThat(TagCell.of(List.of("XD", "w/ kyle", "@ theatre"))).isEqualTo("XD, w/ kyle, @ theatre");
	}

	@Test
	void of_noTagsNullAndBlankEntries_leftOut() {
		assertThat(TagCell.of(List.of())).isEmpty();
		assertThat(TagCell.of(null)).isEmpty();
		assertThat(TagCell.of(Arrays.asList("a", null, " ", "b"))).isEqualTo("a, b");
	}

}
