package dev.reviewbatch.source.html;

import dev.reviewbatch.domain.Field;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

class DiaryPageParserTests {

	private final DiaryPageParser parser = new DiaryPageParser();

	// --- the real 2022 page (corpus) ---

	@Test
	void corpus2022_everyDiaryRow_oneDiaryRowEach() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.corpusPage(PageFixtures.DIARY_2022), "diary.html");

		// 50 tr.diary-entry-row: 49 have class="diary-entry-row" exactly, one (Dune) has
		// "diary-entry-row dune-eye"
		assertThat(page.rows()).hasSize(50);
		assertThat(page.rows()).allSatisfy(row -> {
			assertThat(row.kind()).isEqualTo(SourceKind.DIARY);
			assertThat(row.state()).isEqualTo(EntryState.LIVE);
			assertThat(row.account()).isEqualTo("pstinnett");
			assertThat(row.valueOf(Field.RATING)).matches("rated-(10|[1-9])");
		});
		assertThat(PageFixtures.rowWith(page, Field.NAME, "Dune").valueOf(Field.WATCHED_DATE)).isEqualTo("2021-10-23");
	}

	@Test
	void corpus2022_firstRow_cureWithDateFromDayLink() throws IOException {
		RawRow cure = parser.parse(PageFixtures.corpusPage(PageFixtures.DIARY_2022), "diary.html").rows().get(0);

		assertThat(cure.fields()).containsEntry(Field.NAME, "Cure")
			.containsEntry(Field.YEAR, "1997")
			.containsEntry(Field.WATCHED_DATE, "2022-10-02")
			.containsEntry(Field.RATING, "rated-7")
			.containsEntry(Field.LETTERBOXD_URI, "https://letterboxd.com/pstinnett/film/cure/")
			.containsEntry(Field.LIKED, "No")
			.containsEntry(Field.FILM_ID, "28195")
			.doesNotContainKeys(Field.REVIEW, Field.TAGS, Field.DATE);
		assertThat(cure.from()).isEqualTo(new Provenance.PageElement("diary.html", "diary row 1 (viewing 300839528)"));
		assertThat(cure.raw()).startsWith("<tr class=\"diary-entry-row\" data-viewing-id=\"300839528\">")
			.hasSizeLessThanOrEqualTo(2_001);
	}

	@Test
	void corpus2022_cureIconOffButAttributeTrue_attributeWins() throws IOException {
		Document saved = PageFixtures.corpusPage(PageFixtures.DIARY_2022);
		Element cureRow = saved.selectFirst("tr.diary-entry-row");
		ParsedPage page = parser.parse(saved, "diary.html");

		assertThat(cureRow.selectFirst("td.td-rewatch").hasClass("icon-status-off")).isTrue();
		assertThat(cureRow.selectFirst("a.edit-review-button").attr("data-rewatch")).isEqualTo("true");
		assertThat(page.rows().get(0).valueOf(Field.NAME)).isEqualTo("Cure");
		assertThat(page.rows().get(0).valueOf(Field.REWATCH)).isEqualTo("true");
		assertThat(page.rows()
			.stream()
			.filter(row -> "true".equals(row.valueOf(Field.REWATCH)))
			.map(row -> row.valueOf(Field.NAME))).containsExactly("Cure", "Bone Tomahawk");
	}

	@Test
	void corpus2022_lastRow_thingsHeardAndSeenWithReview() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.corpusPage(PageFixtures.DIARY_2022), "diary.html");
		RawRow last = page.rows().get(49);

		assertThat(last.fields()).containsEntry(Field.NAME, "Things Heard & Seen")
			.containsEntry(Field.YEAR, "2021")
			.containsEntry(Field.WATCHED_DATE, "2021-05-02")
			.containsEntry(Field.RATING, "rated-5")
			.containsEntry(Field.REWATCH, "false")
			.containsEntry(Field.REVIEW, "Cool set up but didn’t love how things wrapped up.");
	}

	@Test
	void corpus2022_reviewsLikesAndEntities_asOnThePage() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.corpusPage(PageFixtures.DIARY_2022), "diary.html");

		assertThat(page.rows().stream().filter(row -> row.valueOf(Field.REVIEW) != null)).hasSize(6);
		assertThat(page.rows().stream().filter(row -> "Yes".equals(row.valueOf(Field.LIKED)))).hasSize(29);
		assertThat(PageFixtures.rowWith(page, Field.NAME, "Lightyear").valueOf(Field.REVIEW))
			.isEqualTo("Meow meow meow meow 2.5");
		assertThat(PageFixtures.rowWith(page, Field.FILM_ID, "907303").valueOf(Field.NAME))
			.isEqualTo("Trainwreck: Woodstock '99");
		assertThat(PageFixtures.rowWith(page, Field.NAME, "Jackass 4.5").valueOf(Field.RATING)).isEqualTo("rated-10");
	}

	// --- 2022 markup, own fixture ---

	@Test
	void fixture2022_reviewTagsSpoilers_fromTheEditLink() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("diary-2022.html"), "diary-2022.html");

		assertThat(page.rows()).hasSize(3);
		assertThat(page.rows().get(0).fields()).containsEntry(Field.NAME, "Saltmarsh")
			.containsEntry(Field.WATCHED_DATE, "2023-04-15")
			.containsEntry(Field.RATING, "rated-9")
			.containsEntry(Field.LIKED, "Yes")
			.containsEntry(Field.REWATCH, "false")
			.containsEntry(Field.REVIEW, "<p>Fog, <i>gulls</i> and a slow reveal.</p>")
			.containsEntry(Field.TAGS, "estuary, 35mm print")
			.containsEntry(Field.SPOILERS, "Yes");
		assertThat(page.rows().get(0).account()).isEqualTo("demo_viewer");
	}

	@Test
	void fixture2022_unratedRewatch_noRatingAndAttributeTrue() throws IOException {
		RawRow row = parser.parse(PageFixtures.fixturePage("diary-2022.html"), "diary-2022.html").rows().get(1);

		assertThat(row.valueOf(Field.RATING)).isNull();
		assertThat(row.valueOf(Field.REWATCH)).isEqualTo("true");
		assertThat(row.valueOf(Field.LIKED)).isEqualTo("No");
		assertThat(row.fields()).doesNotContainKeys(Field.REVIEW, Field.TAGS, Field.SPOILERS);
	}

	@Test
	void fixture2022_rowWithoutEditLink_rewatchFromIcon() throws IOException {
		RawRow row = parser.parse(PageFixtures.fixturePage("diary-2022.html"), "diary-2022.html").rows().get(2);

		assertThat(row.fields()).containsEntry(Field.NAME, "Bread & Salt")
			.containsEntry(Field.REWATCH, "Yes")
			.containsEntry(Field.RATING, "rated-1")
			.containsEntry(Field.WATCHED_DATE, "2023-03-30");
	}

	// --- 2024+ markup, own fixture ---

	@Test
	void fixture2024_columnsByThClass_titleYearSplitAndCellsFound() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("diary-2024.html"), "diary-2024.html");

		assertThat(page.rows()).hasSize(3);
		assertThat(page.rows().get(0).fields()).containsEntry(Field.NAME, "The Harbour Light (Director's Cut)")
			.containsEntry(Field.YEAR, "2019")
			.containsEntry(Field.WATCHED_DATE, "2024-11-03")
			.containsEntry(Field.RATING, "rated-7")
			.containsEntry(Field.LIKED, "Yes")
			.containsEntry(Field.REWATCH, "No")
			.containsEntry(Field.LETTERBOXD_URI,
					"https://letterboxd.com/demo_viewer/film/the-harbour-light-directors-cut/")
			.containsEntry(Field.FILM_ID, "6001");
	}

	@Test
	void fixture2024_unratedRewatch_iconSaysYes() throws IOException {
		RawRow row = parser.parse(PageFixtures.fixturePage("diary-2024.html"), "diary-2024.html").rows().get(1);

		assertThat(row.fields()).containsEntry(Field.NAME, "Quiet Orbit")
			.containsEntry(Field.REWATCH, "Yes")
			.containsEntry(Field.LIKED, "No")
			.containsEntry(Field.LETTERBOXD_URI, "https://letterboxd.com/film/quiet-orbit/")
			.doesNotContainKey(Field.RATING);
	}

	@Test
	void fixture2024_undatedFilmWithEditLink_noYearAndStoredValues() throws IOException {
		RawRow row = parser.parse(PageFixtures.fixturePage("diary-2024.html"), "diary-2024.html").rows().get(2);

		assertThat(row.fields()).containsEntry(Field.NAME, "Untitled Hill Project")
			.containsEntry(Field.RATING, "rated-6")
			.containsEntry(Field.REWATCH, "false")
			.containsEntry(Field.REVIEW, "Rough cut at a festival.")
			.containsEntry(Field.TAGS, "festival")
			.doesNotContainKey(Field.YEAR);
	}

}
