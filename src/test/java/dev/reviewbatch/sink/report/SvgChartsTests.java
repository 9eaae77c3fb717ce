package dev.reviewbatch.sink.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.reviewbatch.sink.report.SvgCharts.Bar;

class SvgChartsTests {

	@Test
	void rows_withHostileLabel_escapesIt() {
		String svg = SvgCharts.rows("Tags <b>", List.of(new Bar("<script>x</script>", 2)));

		assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;x&lt;/script&gt;");
	}

	@Test
	void columns_sameInput_sameBytes() {
		List<Bar> bars = List.of(new Bar("2024", 3), new Bar("2025", 7));

		assertThat(SvgCharts.columns("t", bars)).isEqualTo(SvgCharts.columns("t", bars)).startsWith("<svg");
	}

	@Test
	void niceMax_roundsUpToFourWholeSteps() {
		assertThat(SvgCharts.niceMax(3)).isEqualTo(4);
		assertThat(SvgCharts.niceMax(19)).isEqualTo(20);
		assertThat(SvgCharts.niceMax(130)).isEqualTo(200);
	}

}
