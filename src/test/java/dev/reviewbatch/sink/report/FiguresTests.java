package dev.reviewbatch.sink.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FiguresTests {

	@Test
	void medianStars_evenCount_averagesTheMiddleTwo() {
		assertThat(Figures.medianStars(List.of(1, 10, 7, 8))).isEqualTo("3.75");
	}

	@Test
	void medianStars_oddCount_isTheMiddleValue() {
		assertThat(Figures.medianStars(List.of(9, 1, 6))).isEqualTo("3.00");
	}

	@Test
	void meanStars_none_isEmpty() {
		assertThat(Figures.meanStars(List.of())).isEmpty();
		assertThat(Figures.meanStars(List.of(7, 8))).isEqualTo("3.75");
	}

	@Test
	void change_signed_inStars() {
		assertThat(Figures.change(3)).isEqualTo("+1.5");
		assertThat(Figures.change(-2)).isEqualTo("-1.0");
		assertThat(Figures.change(0)).isEqualTo("0.0");
	}

	@Test
	void starGlyphs_andHalfStarLabels_forCharts() {
		assertThat(Figures.starGlyphs(7)).isEqualTo("★★★½");
		assertThat(Figures.starGlyphs(null)).isEmpty();
		assertThat(List.of(1, 2, 7, 10).stream().map(Figures::halfStarLabel)).containsExactly("½", "1", "3½", "5");
	}

}
