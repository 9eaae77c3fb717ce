package dev.reviewbatch.source.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedUrlsTests {

	@ParameterizedTest
	@ValueSource(strings = { "https://letterboxd.com/filipe_furtado/rss/", "http://LETTERBOXD.com/someone/rss/",
			"https://example.org/feed.xml", "http://127.0.0.1:8080/rss/" })
	void feedOrOtherSite_allowed(String url) throws FeedFetchException {
		assertThat(FeedUrls.checkAllowed(url)).hasToString(url);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://letterboxd.com/someone/", "https://letterboxd.com/film/heat/",
			"https://www.letterboxd.com/someone/films/diary/", "https://letterboxd.com/someone/rss",
			"https://boxd.it/a2MBlp", "ftp://example.org/feed.xml", "file:///etc/passwd", "not a url",
			"/relative/rss/" })
	void pagesShortLinksAndOtherSchemes_refused(String url) {
		assertThatExceptionOfType(FeedFetchException.class).isThrownBy(() -> FeedUrls.checkAllowed(url))
			.satisfies(ex -> assertThat(ex.url()).isEqualTo(url));
	}

}
