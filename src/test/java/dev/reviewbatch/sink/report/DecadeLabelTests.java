package dev.reviewbatch.sink.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The release-decade axis: short labels within a century, full ones across it, so a film
 * of 1888 and one of 1985 never share the label "’80s".
 */
class DecadeLabelTests {

	@Test
	void withinACentury_labelsAreShort() {
		assertThat(ReportPage.decadeLabel(1980, false)).isEqualTo("’80s");
		assertThat(ReportPage.decadeLabel(2000, false)).isEqualTo("’00s");
	}

	@Test
	void acrossACentury_labelsNameTheCentury() {
		assertThat(ReportPage.decadeLabel(1880, true)).isEqualTo("1880s");
		assertThat(ReportPage.decadeLabel(1980, true)).isEqualTo("1980s")
			.isNotEqualTo(ReportPage.decadeLabel(1880, true));
	}

}
