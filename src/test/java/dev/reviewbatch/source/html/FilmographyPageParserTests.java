package dev.reviewbatch.source.html;

import dev.reviewbatch.domain.Field;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

class FilmographyPageParserTests {

	private final FilmographyPageParser parser = new FilmographyPageParser();

	@Test
	void directorPage_listNamedByRoleAndPerson_thenFilmsInOrder() throws IOException {
		ParsedPage page = parser.parse(PageFixtures.fixturePage("filmography-director-2025.html"), "director.html");

		assertThat(page.kind()).isEqualTo(PageKind.FILMOGRAPHY);
		assertThat(page.rows()).extracting(RawRow::kind)
			.containsExactly(SourceKind.LIST, SourceKind.LIST_ENTRY, SourceKind.LIST_ENTRY);
		assertThat(page.rows()).extracting(RawRow::account).containsOnly("");
		assertThat(page.rows().get(0).fields()).containsEntry(Field.NAME, "Director: Maren Oskarsdóttir")
			.containsEntry(Field.URL, "https://letterboxd.com/director/maren-oskarsdottir/")
			.containsEntry(Field.DESCRIPTION,
					"Films of Maren Oskarsdóttir as director, from a saved Letterboxd filmography page");
		assertThat(page.rows().get(2).fields()).containsEntry(Field.POSITION, "2")
			.containsEntry(Field.NAME, "Two (or Three) Winters")
			.containsEntry(Field.YEAR, "2023")
			.containsEntry(Field.URL, "https://letterboxd.com/film/two-or-three-winters/")
			.containsEntry(Field.LIST_URL, "https://letterboxd.com/director/maren-oskarsdottir/");
	}

	@Test
	void actorPageWithoutHeading_nameFromTitle() {
		var page = Jsoup
			.parse("""
					<html><head><title>Films starring Ada Brook • Letterboxd</title>
					<meta property="og:url" content="https://letterboxd.com/actor/ada-brook/"></head>
					<body><ul><li class="poster-container"><div class="film-poster" data-film-slug="/film/saltmarsh/"><img alt="Saltmarsh"></div></li></ul>
					</body></html>""");

		ParsedPage parsed = parser.parse(page, "actor.html");

		assertThat(parsed.rows().get(0).valueOf(Field.NAME)).isEqualTo("Actor: Ada Brook");
		assertThat(parsed.rows().get(1).fields()).containsEntry(Field.NAME, "Saltmarsh")
			.containsEntry(Field.URL, "https://letterboxd.com/film/saltmarsh/");
	}

	@Test
	void role_fromAddressSegment_crewRolesInWords() {
		assertThat(FilmographyPageParser.role("https://letterboxd.com/cinematography/lee-ha/"))
			.isEqualTo("Cinematography");
		assertThat(FilmographyPageParser.role("https://letterboxd.com/costume-design/lee-ha/"))
			.isEqualTo("Costume design");
		assertThat(FilmographyPageParser.role(null)).isEqualTo("Person");
	}

}
