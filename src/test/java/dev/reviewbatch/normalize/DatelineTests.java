package dev.reviewbatch.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

class DatelineTests {

	@Test
	void headingBesideTheTitle_isTheDate_andTheMarkupLosesOnlyItsMarks() {
		Dateline.Dated dated = Dateline.of(row(Field.DATELINE_HTML, " – 1 May 2023",
				"<p data-reviewbatch-dateline=\"1\">2 May 2023</p><p>Text.</p>"));

		assertThat(dated.date()).isEqualTo("– 1 May 2023");
		assertThat(dated.body()).isEqualTo("<p>2 May 2023</p><p>Text.</p>");
	}

	@Test
	void htmlReview_firstMarkedLineThatIsADate_leavesTheReview() {
		Dateline.Dated dated = Dateline.of(row(Field.DATELINE_HTML, "",
				"<p data-reviewbatch-dateline=\"1\">Rainy</p>\n<p data-reviewbatch-dateline=\"1\">1 May 2023</p>\n<p>Text.</p>"));

		assertThat(dated.date()).isEqualTo("1 May 2023");
		assertThat(dated.body()).doesNotContain("1 May 2023", Field.DATELINE_MARK).contains("Rainy", "Text.");
	}

	@Test
	void textReview_firstShortDateLine_leavesTheReview() {
		Dateline.Dated dated = Dateline.of(row(Field.DATELINE_TEXT, "", "Rainy\n*1 May 2023*\nText."));

		assertThat(dated.date()).isEqualTo("1 May 2023");
		assertThat(dated.body()).isEqualTo("Rainy\nText.");
	}

	@Test
	void reviewWithoutDateline_keepsItsDate() {
		Map<Field, String> fields = new EnumMap<>(Field.class);
		fields.put(Field.DATE, "2023-05-01");
		fields.put(Field.REVIEW, "<p>1 May 2023</p>");

		Dateline.Dated dated = Dateline.of(raw(fields));

		assertThat(dated.date()).isEqualTo("2023-05-01");
		assertThat(dated.body()).isEqualTo("<p>1 May 2023</p>");
	}

	private static RawRow row(Field dateline, String headingRest, String body) {
		Map<Field, String> fields = new EnumMap<>(Field.class);
		fields.put(dateline, headingRest);
		fields.put(Field.REVIEW, body);
		return raw(fields);
	}

	private static RawRow raw(Map<Field, String> fields) {
		return new RawRow(SourceKind.REVIEW, EntryState.LIVE, "", new Provenance.PageElement("page.html", "article"),
				fields, "");
	}

}
