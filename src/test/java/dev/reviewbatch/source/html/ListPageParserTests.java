package dev.reviewbatch.source.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

class ListPageParserTests {

	private final ListPageParser parser = new ListPageParser();

	@Test
	void pre2024List_listRowThenEntriesAtShownPositions() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("list-2023.html"), "saved/list-2023.html");

		assertThat(page.kind()).isEqualTo(PageKind.LIST);
		assertThat(page.rows()).extracting(RawRow::kind)
			.containsExactly(SourceKind.LIST, SourceKind.LIST_ENTRY, SourceKind.RATING, SourceKind.LIST_ENTRY,
					SourceKind.LIST_ENTRY, SourceKind.RATING);
		assertThat(page.rows()).extracting(RawRow::account).containsOnly("demo_viewer");
		assertThat(page.rows().get(0).fields()).containsEntry("Name", "Films with lighthouses")
			.containsEntry("URL", "https://letterboxd.com/demo_viewer/list/films-with-lighthouses/")
			.containsEntry("Description", "Keepers, lamps and long nights.")
			.containsEntry("File", "list-2023.html");
		assertThat(page.rows().get(1).fields())
			.containsEntry("List URL", "https://letterboxd.com/demo_viewer/list/films-with-lighthouses/")
			.containsEntry("Position", "1")
			.containsEntry("Name", "The Keeper's Lantern")
			.containsEntry("URL", "https://letterboxd.com/film/the-keepers-lantern/");
		assertThat(page.rows().get(4).fields()).containsEntry("Position", "3")
			.containsEntry("Name", "Bread & Salt")
			.containsEntry("URL", "https://letterboxd.com/film/bread-and-salt/");
	}

	@Test
	void pre2024List_bareAndPathSlugs_bothAbsoluteFilmLinks() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("list-2023.html"), "list.html");

		assertThat(
				page.rows().stream().filter(row -> row.kind() == SourceKind.LIST_ENTRY).map(row -> row.valueOf("URL")))
			.containsExactly("https://letterboxd.com/film/the-keepers-lantern/",
					"https://letterboxd.com/film/saltmarsh/", "https://letterboxd.com/film/bread-and-salt/");
	}

	@Test
	void ownerRatings_undatedRatingRowsBesideTheirEntry_zeroIsUnrated() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("list-2023.html"), "list.html");

		RawRow first = page.rows().get(2);
		assertThat(first.fields()).containsEntry("Name", "The Keeper's Lantern")
			.containsEntry("Rating", "rated-8")
			.containsEntry("Letterboxd URI", "https://letterboxd.com/film/the-keepers-lantern/")
			.doesNotContainKey("Date");
		assertThat(first.from()).isEqualTo(new Provenance.PageElement("list.html", "list entry 1 (owner rating)"));
		assertThat(page.rows().get(5).fields()).containsEntry("Name", "Bread & Salt")
			.containsEntry("Rating", "rated-3");
		assertThat(page.rows().stream().filter(row -> "Saltmarsh".equals(row.valueOf("Name")))).extracting(RawRow::kind)
			.containsExactly(SourceKind.LIST_ENTRY);
	}

	@Test
	void list2025_lazyPostersWithoutNumbers_positionsByPlaceAndYearsFromItemName() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("list-2025.html"), "list-2025.html");

		assertThat(page.rows()).extracting(RawRow::kind)
			.containsExactly(SourceKind.LIST, SourceKind.LIST_ENTRY, SourceKind.RATING, SourceKind.LIST_ENTRY);
		assertThat(page.rows().get(0).fields()).containsEntry("Name", "Quiet films (for rainy days)")
			.containsEntry("URL", "https://letterboxd.com/demo_viewer/list/quiet-films/");
		assertThat(page.rows().get(3).fields()).containsEntry("Position", "2")
			.containsEntry("Name", "The Harbour Light (Director's Cut)")
			.containsEntry("Year", "2019")
			.containsEntry("List URL", "https://letterboxd.com/demo_viewer/list/quiet-films/");
		assertThat(page.rows().get(2).fields()).containsEntry("Rating", "rated-9").containsEntry("Year", "2021");
	}

	@Test
	void listWithoutKnownEntries_noRows() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("list-2025-unknown-entries.html"), "list.html");

		assertThat(page.kind()).isEqualTo(PageKind.LIST);
		assertThat(page.rows()).isEmpty();
	}

}
