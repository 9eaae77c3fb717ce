package dev.reviewbatch.source.html;

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
			assertThat(row.valueOf("Rating")).matches("rated-(10|[1-9])");
		});
		assertThat(PageFixtures.rowWith(page, "Name", "Dune").valueOf("Watched Date")).isEqualTo("2021-10-23");
	}

	@Test
	void corpus2022_firstRow_cureWithDateFromDayLink() throws IOException {
		RawRow cure = parser.parse(PageFixtures.corpusPage(PageFixtures.DIARY_2022), "diary.html").rows().get(0);

		assertThat(cure.fields()).containsEntry("Name", "Cure")
			.containsEntry("Year", "1997")
			.containsEntry("Watched Date", "2022-10-02")
			.containsEntry("Rating", "rated-7")
			.containsEntry("Letterboxd URI", "https://letterboxd.com/pstinnett/film/cure/")
			.containsEntry("Liked", "No")
			.containsEntry("Film ID", "28195")
			.doesNotContainKeys("Review", "Tags", "Date");
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
		assertThat(page.rows().get(0).valueOf("Name")).isEqualTo("Cure");
		assertThat(page.rows().get(0).valueOf("Rewatch")).isEqualTo("true");
		assertThat(page.rows()
			.stream()
			.filter(row -> "true".equals(row.valueOf("Rewatch")))
			.map(row -> row.valueOf("Name"))).containsExactly("Cure", "Bone Tomahawk");
	}

	@Test
	void corpus2022_lastRow_thingsHeardAndSeenWithReview() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.corpusPage(PageFixtures.DIARY_2022), "diary.html");
		RawRow last = page.rows().get(49);

		assertThat(last.fields()).containsEntry("Name", "Things Heard & Seen")
			.containsEntry("Year", "2021")
			.containsEntry("Watched Date", "2021-05-02")
			.containsEntry("Rating", "rated-5")
			.containsEntry("Rewatch", "false")
			.containsEntry("Review", "Cool set up but didn’t love how things wrapped up.");
	}

	@Test
	void corpus2022_reviewsLikesAndEntities_asOnThePage() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.corpusPage(PageFixtures.DIARY_2022), "diary.html");

		assertThat(page.rows().stream().filter(row -> row.valueOf("Review") != null)).hasSize(6);
		assertThat(page.rows().stream().filter(row -> "Yes".equals(row.valueOf("Liked")))).hasSize(29);
		assertThat(PageFixtures.rowWith(page, "Name", "Lightyear").valueOf("Review"))
			.isEqualTo("Meow meow meow meow 2.5");
		assertThat(PageFixtures.rowWith(page, "Film ID", "907303").valueOf("Name"))
			.isEqualTo("Trainwreck: Woodstock '99");
		assertThat(PageFixtures.rowWith(page, "Name", "Jackass 4.5").valueOf("Rating")).isEqualTo("rated-10");
	}

	// --- 2022 markup, own fixture ---

	@Test
	void fixture2022_reviewTagsSpoilers_fromTheEditLink() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("diary-2022.html"), "diary-2022.html");

		assertThat(page.rows()).hasSize(3);
		assertThat(page.rows().get(0).fields()).containsEntry("Name", "Saltmarsh")
			.containsEntry("Watched Date", "2023-04-15")
			.containsEntry("Rating", "rated-9")
			.containsEntry("Liked", "Yes")
			.containsEntry("Rewatch", "false")
			.containsEntry("Review", "<p>Fog, <i>gulls</i> and a slow reveal.</p>")
			.containsEntry("Tags", "estuary, 35mm print")
			.containsEntry("Spoilers", "Yes");
		assertThat(page.rows().get(0).account()).isEqualTo("demo_viewer");
	}

	@Test
	void fixture2022_unratedRewatch_noRatingAndAttributeTrue() throws IOException {
		RawRow row = parser.parse(PageFixtures.fixturePage("diary-2022.html"), "diary-2022.html").rows().get(1);

		assertThat(row.valueOf("Rating")).isNull();
		assertThat(row.valueOf("Rewatch")).isEqualTo("true");
		assertThat(row.valueOf("Liked")).isEqualTo("No");
		assertThat(row.fields()).doesNotContainKeys("Review", "Tags", "Spoilers");
	}

	@Test
	void fixture2022_rowWithoutEditLink_rewatchFromIcon() throws IOException {
		RawRow row = parser.parse(PageFixtures.fixturePage("diary-2022.html"), "diary-2022.html").rows().get(2);

		assertThat(row.fields()).containsEntry("Name", "Bread & Salt")
			.containsEntry("Rewatch", "Yes")
			.containsEntry("Rating", "rated-1")
			.containsEntry("Watched Date", "2023-03-30");
	}

	// --- 2024+ markup, own fixture ---

	@Test
	void fixture2024_columnsByThClass_titleYearSplitAndCellsFound() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("diary-2024.html"), "diary-2024.html");

		assertThat(page.rows()).hasSize(3);
		assertThat(page.rows().get(0).fields()).containsEntry("Name", "The Harbour Light (Director's Cut)")
			.containsEntry("Year", "2019")
			.containsEntry("Watched Date", "2024-11-03")
			.containsEntry("Rating", "rated-7")
			.containsEntry("Liked", "Yes")
			.containsEntry("Rewatch", "No")
			.containsEntry("Letterboxd URI", "https://letterboxd.com/demo_viewer/film/the-harbour-light-directors-cut/")
			.containsEntry("Film ID", "6001");
	}

	@Test
	void fixture2024_unratedRewatch_iconSaysYes() throws IOException {
		RawRow row = parser.parse(PageFixtures.fixturePage("diary-2024.html"), "diary-2024.html").rows().get(1);

		assertThat(row.fields()).containsEntry("Name", "Quiet Orbit")
			.containsEntry("Rewatch", "Yes")
			.containsEntry("Liked", "No")
			.containsEntry("Letterboxd URI", "https://letterboxd.com/film/quiet-orbit/")
			.doesNotContainKey("Rating");
	}

	@Test
	void fixture2024_undatedFilmWithEditLink_noYearAndStoredValues() throws IOException {
		RawRow row = parser.parse(PageFixtures.fixturePage("diary-2024.html"), "diary-2024.html").rows().get(2);

		assertThat(row.fields()).containsEntry("Name", "Untitled Hill Project")
			.containsEntry("Rating", "rated-6")
			.containsEntry("Rewatch", "false")
			.containsEntry("Review", "Rough cut at a festival.")
			.containsEntry("Tags", "festival")
			.doesNotContainKey("Year");
	}

}
