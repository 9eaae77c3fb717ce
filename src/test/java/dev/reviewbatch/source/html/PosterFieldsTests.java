package dev.reviewbatch.source.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PosterFieldsTests {

	private static Element poster(String html) {
		return Jsoup.parseBodyFragment("<ul>" + html + "</ul>").selectFirst("li");
	}

	@Test
	void lazyPoster_titleAndYearFromItemName_linkFromItemLink() {
		Element poster = poster("<li class=griditem><div data-item-name=\"Two (or Three) Winters (2023)\" "
				+ "data-item-link=\"/film/two-or-three-winters/\" data-film-id=\"7004\"></div></li>");

		assertThat(PosterFields.title(poster))
			.isEqualTo(new PageSupport.TitleAndYear("Two (or Three) Winters", "2023"));
		assertThat(PosterFields.link(poster)).isEqualTo("https://letterboxd.com/film/two-or-three-winters/");
		assertThat(PosterFields.filmId(poster)).isEqualTo("7004");
	}

	@Test
	void oldPoster_bareSlug_becomesFilmLink_titleFromAlt() {
		Element poster = poster("<li class=poster-container><div class=film-poster data-film-slug=saltmarsh>"
				+ "<img alt=Saltmarsh></div></li>");

		assertThat(PosterFields.link(poster)).isEqualTo("https://letterboxd.com/film/saltmarsh/");
		assertThat(PosterFields.title(poster)).isEqualTo(new PageSupport.TitleAndYear("Saltmarsh", null));
	}

	@Test
	void ownerRating_shownClassFirst_thenAttributeOnPosterOrInside_zeroUnrated() {
		assertThat(
				PosterFields.ownerRating(poster("<li data-owner-rating=4><span class=\"rating rated-7\"></span></li>")))
			.isEqualTo("rated-7");
		assertThat(PosterFields.ownerRating(poster("<li data-owner-rating=4></li>"))).isEqualTo("rated-4");
		assertThat(PosterFields.ownerRating(poster("<li><div data-owner-rating=10></div></li>"))).isEqualTo("rated-10");
		assertThat(PosterFields.ownerRating(poster("<li data-owner-rating=0></li>"))).isNull();
		assertThat(PosterFields.ownerRating(poster("<li></li>"))).isNull();
	}

}
