package dev.reviewbatch.source.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A feed with a DOCTYPE (XXE, entity expansion) is refused, saying that DTDs are refused;
 * nothing is read.
 */
class FeedParserDtdTests {

	private static final String XXE = "<!DOCTYPE rss [ <!ENTITY xxe SYSTEM \"file:///etc/hostname\"> ]>"
			+ "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>";

	private static final String LAUGHS = "<!DOCTYPE rss [ <!ENTITY a \"ha\"> <!ENTITY b \"&a;&a;&a;&a;\"> ]>"
			+ "<rss version=\"2.0\"><channel><title>&b;</title></channel></rss>";

	private static final String PLAIN = "<!DOCTYPE rss SYSTEM \"http://example.com/rss.dtd\">"
			+ "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";

	@ParameterizedTest
	@ValueSource(strings = { XXE, LAUGHS, PLAIN, "<?xml version=\"1.0\"?>\n" + XXE })
	void feedWithADoctype_isRefused_sayingDtdsAreRefused(String feed) {
		NotAFeedException refused = catchThrowableOfType(NotAFeedException.class,
				() -> new FeedParser().parse(feed, "feed.xml"));

		assertThat(refused).isNotNull();
		assertThat(refused.reason()).contains("DTDs are refused").doesNotContain("well-formed");
	}

}
