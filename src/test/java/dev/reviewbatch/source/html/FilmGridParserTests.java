package dev.reviewbatch.source.html;

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
			assertThat(row.valueOf("Year")).isNull();
			assertThat(row.valueOf("Rating")).matches("rated-(10|[1-9])");
		});
		assertThat(watched(page).get(0).fields()).containsEntry("Name", "Cypress Hill: Insane in the Brain")
			.containsEntry("Rating", "rated-5")
			.containsEntry("Letterboxd URI", "https://letterboxd.com/film/cypress-hill-insane-in-the-brain/")
			.containsEntry("Film ID", "861543")
			.doesNotContainKey("Liked");
		assertThat(watched(page).get(0).from()).isEqualTo(new Provenance.PageElement("films.html", "poster 1"));
		assertThat(watched(page).get(71).fields()).containsEntry("Name", "The Manor")
			.containsEntry("Rating", "rated-7");
	}

	@Test
	void corpus2022_likesAndTopRatings_asShown() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.corpusPage(PageFixtures.FILMS_2022), "films.html");

		assertThat(watched(page).get(1).fields()).containsEntry("Name", "The Northman")
			.containsEntry("Rating", "rated-10")
			.containsEntry("Liked", "Yes");
		assertThat(watched(page).stream().filter(row -> "Yes".equals(row.valueOf("Liked")))).hasSize(11);
		assertThat(watched(page).stream().filter(row -> "rated-10".equals(row.valueOf("Rating")))).hasSize(4);
	}

	@Test
	void corpus2025_72lazyPosters_titleAndYearSplit() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.corpusPage(PageFixtures.FILMS_2025), "films-2025.html");

		assertThat(watched(page)).hasSize(72);
		assertThat(watched(page)).allSatisfy(row -> {
			assertThat(row.account()).isEqualTo("thebigal");
			assertThat(row.valueOf("Year")).matches("20(23|24|25)");
		});
		assertThat(watched(page).get(0).fields()).containsEntry("Name", "One Battle After Another")
			.containsEntry("Year", "2025")
			.containsEntry("Rating", "rated-9")
			.containsEntry("Liked", "Yes")
			.containsEntry("Letterboxd URI", "https://letterboxd.com/film/one-battle-after-another/")
			.containsEntry("Film ID", "951277");
		assertThat(watched(page).get(71).fields()).containsEntry("Name", "Past Lives")
			.containsEntry("Year", "2023")
			.containsEntry("Rating", "rated-4");
	}

	@Test
	void corpus2025_unratedLikedAndEntities_asShown() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.corpusPage(PageFixtures.FILMS_2025), "films-2025.html");

		assertThat(watched(page).stream().filter(row -> row.valueOf("Rating") == null).map(row -> row.valueOf("Name")))
			.containsExactly("Wick Is Pain", "The Penguin", "Esper's Light", "Crescendo");
		assertThat(watched(page).stream().filter(row -> "Yes".equals(row.valueOf("Liked")))).hasSize(26);
		assertThat(PageFixtures.rowWith(page, "Name", "Deadpool & Wolverine").valueOf("Year")).isEqualTo("2024");
		assertThat(PageFixtures.rowWith(page, "Name", "Mission: Impossible – The Final Reckoning").valueOf("Year"))
			.isEqualTo("2025");
	}

	// --- own fixtures ---

	@Test
	void fixture2022_likedAndUnrated_asShown() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.fixturePage("films-2022.html"), "films-2022.html");

		assertThat(watched(page)).hasSize(2);
		assertThat(watched(page).get(0).fields()).containsEntry("Name", "Saltmarsh")
			.containsEntry("Rating", "rated-9")
			.containsEntry("Liked", "Yes");
		assertThat(watched(page).get(1).fields()).containsEntry("Name", "Bread & Salt")
			.doesNotContainKeys("Rating", "Liked");
	}

	@Test
	void fixture2025_parenthesesInTitleAndEntity_splitOnLastYearOnly() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.fixturePage("films-2025.html"), "films-2025.html");

		assertThat(watched(page)).extracting(row -> row.valueOf("Name"))
			.containsExactly("The Harbour Light (Director's Cut)", "The Keeper's Lantern", "Quiet Orbit");
		assertThat(watched(page)).extracting(row -> row.valueOf("Year")).containsExactly("2019", "2022", "2021");
		assertThat(watched(page)).extracting(row -> row.valueOf("Rating")).containsExactly("rated-7", "rated-2", null);
	}

	@Test
	void fixturePosteritem_ownerRatingAttribute_zeroIsUnrated() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.fixturePage("films-posteritem.html"), "films-posteritem.html");

		assertThat(watched(page)).extracting(row -> row.valueOf("Rating")).containsExactly("rated-6", null);
		assertThat(watched(page).get(0).fields()).containsEntry("Name", "Saltmarsh").containsEntry("Year", "1988");
		assertThat(watched(page).get(0).account()).isEqualTo("demo_viewer");
	}

	@Test
	void watchlistParser_watchlistGrid_watchlistRows() throws IOException {
		ParsedPage page = new FilmGridParser(SourceKind.WATCHLIST)
			.parse(PageFixtures.fixturePage("watchlist-2025.html"), "watchlist.html");

		assertThat(page.kind()).isEqualTo(PageKind.WATCHLIST);
		assertThat(watched(page)).extracting(RawRow::kind).containsOnly(SourceKind.WATCHLIST);
		assertThat(watched(page)).extracting(row -> row.valueOf("Name"))
			.containsExactly("Tides of Ardmore", "Two (or Three) Winters");
		assertThat(watched(page).get(1).valueOf("Year")).isEqualTo("2023");
	}

	// --- ratings under posters: current ratings without a date ---

	@Test
	void corpus2022_everyRatedPoster_alsoAnUndatedCurrentRatingRow() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.corpusPage(PageFixtures.FILMS_2022), "films.html");

		assertThat(ratings(page)).hasSize(72);
		assertThat(page.rows()).hasSize(144);
		assertThat(ratings(page).get(1).fields()).containsOnly(Map.entry("Name", "The Northman"),
				Map.entry("Letterboxd URI", "https://letterboxd.com/film/the-northman/"),
				Map.entry("Rating", "rated-10"));
		assertThat(ratings(page)).allSatisfy(row -> assertThat(row.valueOf("Date")).isNull());
	}

	@Test
	void corpus2025_unratedPostersGiveNoRatingRow() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.corpusPage(PageFixtures.FILMS_2025), "films-2025.html");

		assertThat(ratings(page)).hasSize(72 - 4);
		assertThat(ratings(page)).extracting(row -> row.valueOf("Name"))
			.doesNotContain("Wick Is Pain", "The Penguin", "Esper's Light", "Crescendo");
		assertThat(ratings(page).get(0).fields()).containsEntry("Name", "One Battle After Another")
			.containsEntry("Year", "2025")
			.containsEntry("Rating", "rated-9");
	}

	@Test
	void fixture2025_ratingRowFollowsItsWatchedRow_withOwnProvenance() throws IOException {
		ParsedPage page = watched.parse(PageFixtures.fixturePage("films-2025.html"), "films-2025.html");

		assertThat(page.rows()).extracting(RawRow::kind)
			.containsExactly(SourceKind.WATCHED, SourceKind.RATING, SourceKind.WATCHED, SourceKind.RATING,
					SourceKind.WATCHED);
		assertThat(page.rows().get(1).from())
			.isEqualTo(new Provenance.PageElement("films-2025.html", "poster 1 (current rating)"));
		assertThat(page.rows().get(3).fields()).containsEntry("Name", "The Keeper's Lantern")
			.containsEntry("Year", "2022")
			.containsEntry("Rating", "rated-2")
			.doesNotContainKeys("Date", "Liked", "Film ID");
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
