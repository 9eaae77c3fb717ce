package dev.reviewbatch.sink.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTests {

	@Test
	void csvCell_startingWithFormulaCharacter_getsAQuote() {
		assertThat(Markup.csvCell("=1+2")).isEqualTo("'=1+2");
		assertThat(Markup.csvCell("+cmd")).isEqualTo("'+cmd");
		assertThat(Markup.csvCell("-2+3")).isEqualTo("'-2+3");
		assertThat(Markup.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Markup.csvCell("\tx")).isEqualTo("'\tx");
	}

	@Test
	void csvCell_plainNumberOrText_isUnchanged() {
		assertThat(Markup.csvCell("-1.5")).isEqualTo("-1.5");
		assertThat(Markup.csvCell("+0.5")).isEqualTo("+0.5");
		assertThat(Markup.csvCell("Heat")).isEqualTo("Heat");
		assertThat(Markup.csvCell("")).isEmpty();
	}

	@Test
	void html_withMarkupAndQuotes_escapesAll() {
		assertThat(Markup.html("\"><img onerror='x'>&")).isEqualTo("&quot;&gt;&lt;img onerror=&#39;x&#39;&gt;&amp;");
	}

	@Test
	void markdownCell_withPipesAndNewlines_staysOneCell() {
		assertThat(Markup.markdownCell("a | b\nc <i>")).isEqualTo("a \\| b c \\<i\\>");
		assertThat(Markup.markdownCell("rated_films _x_")).isEqualTo("rated_films \\_x\\_");
	}

}
