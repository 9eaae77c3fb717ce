package dev.reviewbatch.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupMaskTests {

	@Test
	void mask_tagsAndLinks_becomeSpacesOfTheSameLength() {
		String html = "See <a href=\"https://www.npr.org/2020/07/10/review\" rel=\"nofollow\">NPR</a> 4/5";

		String masked = MarkupMask.mask(html);

		assertThat(masked).hasSameSizeAs(html);
		assertThat(masked.strip()).startsWith("See").endsWith("4/5").doesNotContain("2020", "href", "<", ">");
		assertThat(masked.indexOf("NPR")).isEqualTo(html.indexOf("NPR"));
	}

	@Test
	void mask_bareDomainPath_isMaskedUpToTheNextSpace() {
		assertThat(MarkupMask.mask("via infobae.com/america/2023/10/21/nota-1/ today"))
			.isEqualTo("via " + blanks("infobae.com/america/2023/10/21/nota-1/") + " today");
	}

	@Test
	void mask_urlWithSchemeOrWww_isMasked() {
		assertThat(MarkupMask.mask("Letterboxd Review: https://boxd.it/a2MBlp"))
			.isEqualTo("Letterboxd Review: " + blanks("https://boxd.it/a2MBlp"));
		assertThat(MarkupMask.mask("at www.example.com/7/10 ok"))
			.isEqualTo("at " + blanks("www.example.com/7/10") + " ok");
	}

	@Test
	void mask_ratingsDatesAndPlainText_areLeftAlone() {
		String text = "4.5/5, 2023/10/21, G.H./2023, I <3 this, a < b > c";
		assertThat(MarkupMask.mask(text)).isSameAs(text);
	}

	@Test
	void mask_unclosedTag_isLeftAlone() {
		String text = "Rating: 4/5 <a href=\"x";
		assertThat(MarkupMask.mask(text)).isEqualTo("Rating: 4/5 <a href=\"x");
	}

	private static String blanks(String masked) {
		return " ".repeat(masked.length());
	}

}
