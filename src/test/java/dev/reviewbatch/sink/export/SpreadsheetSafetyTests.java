package dev.reviewbatch.sink.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetSafetyTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = { "=SUM(A1)|'=SUM(A1)", "+1|'+1", "-2|'-2",
			"@ theatre|'@ theatre", "plain|plain", "a=b|a=b", "'=x|'=x" })
	void guard_cellStartingWithAFormulaCharacter_getsALeadingApostrophe(String cell, String guarded) {
		assertThat(SpreadsheetSafety.guard(cell)).isEqualTo(guarded);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\t=x", "\r=x" })
	void guard_tabOrCarriageReturnFirst_isGuardedToo(String cell) {
		assertThat(SpreadsheetSafety.guard(cell)).isEqualTo("'" + cell);
	}

	@org.junit.jupiter.api.Test
	void guard_nullOrEmpty_unchanged() {
		assertThat(SpreadsheetSafety.guard(null)).isNull();
		assertThat(SpreadsheetSafety.guard("")).isEmpty();
	}

}
