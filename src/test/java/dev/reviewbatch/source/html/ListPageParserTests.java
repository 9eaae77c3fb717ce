package dev.reviewbatch.source.html;

import dev.reviewbatch.domain.Field;

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
		assertThat(page.rows().get(0).fields()).containsEntry(Field.NAME, "Films with lighthouses")
			.containsEntry(Field.URL, "https://letterboxd.com/demo_viewer/list/films-with-lighthouses/")
			.containsEntry(Field.DESCRIPTION, "Keepers, lamps and long nights.")
			.containsEntry(Field.FILE, "list-2023.html");
		assertThat(page.rows().get(1).fields())
			.containsEntry(Field.LIST_URL, "https://letterboxd.com/demo_viewer/list/films-with-lighthouses/")
			.containsEntry(Field.POSITION, "1")
			.containsEntry(Field.NAME, "The Keeper's Lantern")
			.containsEntry(Field.URL, "https://letterboxd.com/film/the-keepers-lantern/");
		assertThat(page.rows().get(4).fields()).containsEntry(Field.POSITION, "3")
			.containsEntry(Field.NAME, "Bread & Salt")
			.containsEntry(Field.URL, "https://letterboxd.com/film/bread-and-salt/");
	}

	@Test
	void pre2024List_bareAndPathSlugs_bothAbsoluteFilmLinks() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("list-2023.html"), "list.html");

		assertThat(page.rows()
			.stream()
			.filter(row -> row.kind() == SourceKind.LIST_ENTRY)
			.map(row -> row.valueOf(Field.URL))).containsExactly("https://letterboxd.com/film/the-keepers-lantern/",
					"https://letterboxd.com/film/saltmarsh/", "https://letterboxd.com/film/bread-and-salt/");
	}

	@Test
	void ownerRatings_undatedRatingRowsBesideTheirEntry_zeroIsUnrated() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("list-2023.html"), "list.html");

		RawRow first = page.rows().get(2);
		assertThat(first.fields()).containsEntry(Field.NAME, "The Keeper's Lantern")
			.containsEntry(Field.RATING, "rated-8")
			.containsEntry(Field.LETTERBOXD_URI, "https://letterboxd.com/film/the-keepers-lantern/")
			.doesNotContainKey(Field.DATE);
		assertThat(first.from()).isEqualTo(new Provenance.PageElement("list.html", "list entry 1 (owner rating)"));
		assertThat(page.rows().get(5).fields()).containsEntry(Field.NAME, "Bread & Salt")
			.containsEntry(Field.RATING, "rated-3");
		assertThat(page.rows().stream().filter(row -> "Saltmarsh".equals(row.valueOf(Field.NAME))))
			.extracting(RawRow::kind)
			.containsExactly(SourceKind.LIST_ENTRY);
	}

	@Test
	void list2025_lazyPostersWithoutNumbers_positionsByPlaceAndYearsFromItemName() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("list-2025.html"), "list-2025.html");

		assertThat(page.rows()).extracting(RawRow::kind)
			.containsExactly(SourceKind.LIST, SourceKind.LIST_ENTRY, SourceKind.RATING, SourceKind.LIST_ENTRY);
		assertThat(page.rows().get(0).fields()).containsEntry(Field.NAME, "Quiet films (for rainy days)")
			.containsEntry(Field.URL, "https://letterboxd.com/demo_viewer/list/quiet-films/");
		assertThat(page.rows().get(3).fields()).containsEntry(Field.POSITION, "2")
			.containsEntry(Field.NAME, "The Harbour Light (Director's Cut)")
			.containsEntry(Field.YEAR, "2019")
			.containsEntry(Field.LIST_URL, "https://letterboxd.com/demo_viewer/list/quiet-films/");
		assertThat(page.rows().get(2).fields()).containsEntry(Field.RATING, "rated-9")
			.containsEntry(Field.YEAR, "2021");
	}

	@Test
	void listWithoutKnownEntries_noRows() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("list-2025-unknown-entries.html"), "list.html");

		assertThat(page.kind()).isEqualTo(PageKind.LIST);
		assertThat(page.rows()).isEmpty();
	}

}
