package dev.reviewbatch.source.html;

import dev.reviewbatch.domain.Field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

class FilmGridParserTests {

	private final FilmGridParser watched = new FilmGridParser(SourceKind.WATCHED);

	// --- real pages (corpus) ---

	@Test
	void corpus2022_72posters_titlesFromAltAndNoYears() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.corpusPage(PageFixtures.FILMS_2022), "films.html");

		assertThat(page.kind()).isEqualTo(PageKind.FILM_GRID);
		assertThat(watched(page)).hasSize(72);
		assertThat(watched(page)).allSatisfy(row -> {
			assertThat(row.kind()).isEqualTo(SourceKind.WATCHED);
			assertThat(row.account()).isEqualTo("mondodrew");
			assertThat(row.valueOf(Field.YEAR)).isNull();
			assertThat(row.valueOf(Field.RATING)).matches("rated-(10|[1-9])");
		});
		assertThat(watched(page).get(0).fields()).containsEntry(Field.NAME, "Cypress Hill: Insane in the Brain")
			.containsEntry(Field.RATING, "rated-5")
			.containsEntry(Field.LETTERBOXD_URI, "https://letterboxd.com/film/cypress-hill-insane-in-the-brain/")
			.containsEntry(Field.FILM_ID, "861543")
			.doesNotContainKey(Field.LIKED);
		assertThat(watched(page).get(0).from()).isEqualTo(new Provenance.PageElement("films.html", "poster 1"));
		assertThat(watched(page).get(71).fields()).containsEntry(Field.NAME, "The Manor")
			.containsEntry(Field.RATING, "rated-7");
	}

	@Test
	void corpus2022_likesAndTopRatings_asShown() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.corpusPage(PageFixtures.FILMS_2022), "films.html");

		assertThat(watched(page).get(1).fields()).containsEntry(Field.NAME, "The Northman")
			.containsEntry(Field.RATING, "rated-10")
			.containsEntry(Field.LIKED, "Yes");
		assertThat(watched(page).stream().filter(row -> "Yes".equals(row.valueOf(Field.LIKED)))).hasSize(11);
		assertThat(watched(page).stream().filter(row -> "rated-10".equals(row.valueOf(Field.RATING)))).hasSize(4);
	}

	@Test
	void corpus2025_72lazyPosters_titleAndYearSplit() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.corpusPage(PageFixtures.FILMS_2025), "films-2025.html");

		assertThat(watched(page)).hasSize(72);
		assertThat(watched(page)).allSatisfy(row -> {
			assertThat(row.account()).isEqualTo("thebigal");
			assertThat(row.valueOf(Field.YEAR)).matches("20(23|24|25)");
		});
		assertThat(watched(page).get(0).fields()).containsEntry(Field.NAME, "One Battle After Another")
			.containsEntry(Field.YEAR, "2025")
			.containsEntry(Field.RATING, "rated-9")
			.containsEntry(Field.LIKED, "Yes")
			.containsEntry(Field.LETTERBOXD_URI, "https://letterboxd.com/film/one-battle-after-another/")
			.containsEntry(Field.FILM_ID, "951277");
		assertThat(watched(page).get(71).fields()).containsEntry(Field.NAME, "Past Lives")
			.containsEntry(Field.YEAR, "2023")
			.containsEntry(Field.RATING, "rated-4");
	}

	@Test
	void corpus2025_unratedLikedAndEntities_asShown() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.corpusPage(PageFixtures.FILMS_2025), "films-2025.html");

		assertThat(watched(page).stream()
			.filter(row -> row.valueOf(Field.RATING) == null)
			.map(row -> row.valueOf(Field.NAME)))
			.containsExactly("Wick Is Pain", "The Penguin", "Esper's Light", "Crescendo");
		assertThat(watched(page).stream().filter(row -> "Yes".equals(row.valueOf(Field.LIKED)))).hasSize(26);
		assertThat(PageFixtures.rowWith(page, Field.NAME, "Deadpool & Wolverine").valueOf(Field.YEAR))
			.isEqualTo("2024");
		assertThat(
				PageFixtures.rowWith(page, Field.NAME, "Mission: Impossible – The Final Reckoning").valueOf(Field.YEAR))
			.isEqualTo("2025");
	}

	// --- own fixtures ---

	@Test
	void fixture2022_likedAndUnrated_asShown() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.fixturePage("films-2022.html"), "films-2022.html");

		assertThat(watched(page)).hasSize(2);
		assertThat(watched(page).get(0).fields()).containsEntry(Field.NAME, "Saltmarsh")
			.containsEntry(Field.RATING, "rated-9")
			.containsEntry(Field.LIKED, "Yes");
		assertThat(watched(page).get(1).fields()).containsEntry(Field.NAME, "Bread & Salt")
			.doesNotContainKeys(Field.RATING, Field.LIKED);
	}

	@Test
	void fixture2025_parenthesesInTitleAndEntity_splitOnLastYearOnly() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.fixturePage("films-2025.html"), "films-2025.html");

		assertThat(watched(page)).extracting(row -> row.valueOf(Field.NAME))
			.containsExactly("The Harbour Light (Director's Cut)", "The Keeper's Lantern", "Quiet Orbit");
		assertThat(watched(page)).extracting(row -> row.valueOf(Field.YEAR)).containsExactly("2019", "2022", "2021");
		assertThat(watched(page)).extracting(row -> row.valueOf(Field.RATING))
			.containsExactly("rated-7", "rated-2", null);
	}

	@Test
	void fixturePosteritem_ownerRatingAttribute_zeroIsUnrated() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.fixturePage("films-posteritem.html"), "films-posteritem.html");

		assertThat(watched(page)).extracting(row -> row.valueOf(Field.RATING)).containsExactly("rated-6", null);
		assertThat(watched(page).get(0).fields()).containsEntry(Field.NAME, "Saltmarsh")
			.containsEntry(Field.YEAR, "1988");
		assertThat(watched(page).get(0).account()).isEqualTo("demo_viewer");
	}

	@Test
	void watchlistParser_watchlistGrid_watchlistRows() throws IOException {
		ParsedPage page = new FilmGridParser(SourceKind.WATCHLIST)
			.parse(PageFixtures.fixturePage("watchlist-2025.html"), "watchlist.html");

		assertThat(page.kind()).isEqualTo(PageKind.WATCHLIST);
		assertThat(watched(page)).extracting(RawRow::kind).containsOnly(SourceKind.WATCHLIST);
		assertThat(watched(page)).extracting(row -> row.valueOf(Field.NAME))
			.containsExactly("Tides of Ardmore", "Two (or Three) Winters");
		assertThat(watched(page).get(1).valueOf(Field.YEAR)).isEqualTo("2023");
	}

	// --- ratings under posters: current ratings without a date ---

	@Test
	void corpus2022_everyRatedPoster_alsoAnUndatedCurrentRatingRow() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.corpusPage(PageFixtures.FILMS_2022), "films.html");

		assertThat(ratings(page)).hasSize(72);
		assertThat(page.rows()).hasSize(144);
		assertThat(ratings(page).get(1).fields()).containsOnly(Map.entry(Field.NAME, "The Northman"),
				Map.entry(Field.LETTERBOXD_URI, "https://letterboxd.com/film/the-northman/"),
				Map.entry(Field.RATING, "rated-10"));
		assertThat(ratings(page)).allSatisfy(row -> assertThat(row.valueOf(Field.DATE)).isNull());
	}

	@Test
	void corpus2025_unratedPostersGiveNoRatingRow() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.corpusPage(PageFixtures.FILMS_2025), "films-2025.html");

		assertThat(ratings(page)).hasSize(72 - 4);
		assertThat(ratings(page)).extracting(row -> row.valueOf(Field.NAME))
			.doesNotContain("Wick Is Pain", "The Penguin", "Esper's Light", "Crescendo");
		assertThat(ratings(page).get(0).fields()).containsEntry(Field.NAME, "One Battle After Another")
			.containsEntry(Field.YEAR, "2025")
			.containsEntry(Field.RATING, "rated-9");
	}

	@Test
	void fixture2025_ratingRowFollowsItsWatchedRow_withOwnProvenance() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.fixturePage("films-2025.html"), "films-2025.html");

		assertThat(page.rows()).extracting(RawRow::kind)
			.containsExactly(SourceKind.WATCHED, SourceKind.RATING, SourceKind.WATCHED, SourceKind.RATING,
					SourceKind.WATCHED);
		assertThat(page.rows().get(1).from())
			.isEqualTo(new Provenance.PageElement("films-2025.html", "poster 1 (current rating)"));
		assertThat(page.rows().get(3).fields()).containsEntry(Field.NAME, "The Keeper's Lantern")
			.containsEntry(Field.YEAR, "2022")
			.containsEntry(Field.RATING, "rated-2")
			.doesNotContainKeys(Field.DATE, Field.LIKED, Field.FILM_ID);
		assertThat(page.rows().get(3).account()).isEqualTo("demo_viewer");
	}

	@Test
	void watchlist_noRatingRows() throws IOException {
		ParsedPage page = new FilmGridParser(SourceKind.WATCHLIST)
			.parse(PageFixtures.fixturePage("watchlist-2025.html"), "watchlist.html");

		assertThat(ratings(page)).isEmpty();
	}

	private static List<RawRow> watched(ParsedPage page) {
		return page.rows().stream().filter(row -> row.kind() != SourceKind.RATING).toList();
	}

	private static List<RawRow> ratings(ParsedPage page) {
		return page.rows().stream().filter(row -> row.kind() == SourceKind.RATING).toList();
	}

	@Test
	void constructor_kindThatIsNoGrid_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FilmGridParser(SourceKind.DIARY));
	}

}
