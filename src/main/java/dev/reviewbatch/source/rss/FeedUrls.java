package dev.reviewbatch.source.rss;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which URLs reviewbatch may fetch: http(s) only, and of Letterboxd only feeds
 * ({@code …/rss/}), because its terms forbid scraping pages. {@code boxd.it} short links
 * lead to pages and are refused. Stateless.
 */
final class FeedUrls {

	static final String LETTERBOXD = "letterboxd.com";

	static final String SHORT_LINKS = "boxd.it";

	static final String FEED_PATH_END = "/rss/";

	private FeedUrls() {
	}

	/** The URL, parsed; throws naming the reason when it may not be fetched. */
	static URI checkAllowed(String url) throws FeedFetchException {
		URI uri;
		try {
			uri = new URI(url == null ? "" : url.strip());
		}
		catch (URISyntaxException ex) {
			throw new FeedFetchException(url, "not a valid URL: " + ex.getReason(), ex);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
			throw new FeedFetchException(url, "only http(s) URLs with a host are fetched");
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (isHost(host, SHORT_LINKS)) {
			throw new FeedFetchException(url, "boxd.it links lead to Letterboxd pages, which reviewbatch does not"
					+ " fetch (Letterboxd's terms forbid scraping); save the page and import the file");
		}
		String path = uri.getPath() == null ? "" : uri.getPath();
		if (isHost(host, LETTERBOXD) && !path.endsWith(FEED_PATH_END)) {
			throw new FeedFetchException(url, "only Letterboxd feeds (…/rss/) are fetched, not pages (Letterboxd's"
					+ " terms forbid scraping); save the page and import the file");
		}
		return uri;
	}

	private static boolean isHost(String host, String domain) {
		return host.equals(domain) || host.endsWith("." + domain);
	}

}
