package dev.reviewbatch.sync;

/**
 * Small Letterboxd-style feeds written for the tests: diary items of the account
 * "feedtester".
 */
final class Feeds {

	private Feeds() {
	}

	static String feed(String... items) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:letterboxd="https://letterboxd.com" xmlns:dc="http://purl.org/dc/elements/1.1/">
				<channel><title>Letterboxd - Feed Tester</title><link>https://letterboxd.com/feedtester/</link>
				"""
				+ String.join("\n", items) + "\n</channel></rss>\n";
	}

	/** One diary item; {@code rating} may be null for an unrated watch. */
	static String item(int id, String title, int year, String watched, String rating) {
		return "<item><title>" + title + ", " + year + "</title>" + "<link>https://letterboxd.com/feedtester/film/f"
				+ id + "/</link>" + "<guid isPermaLink=\"false\">letterboxd-watch-" + id + "</guid>"
				+ "<pubDate>Sat, 14 Jun 2025 21:05:00 +1200</pubDate>" + "<letterboxd:watchedDate>" + watched
				+ "</letterboxd:watchedDate>" + "<letterboxd:rewatch>No</letterboxd:rewatch>" + "<letterboxd:filmTitle>"
				+ title + "</letterboxd:filmTitle>" + "<letterboxd:filmYear>" + year + "</letterboxd:filmYear>"
				+ (rating == null ? "" : "<letterboxd:memberRating>" + rating + "</letterboxd:memberRating>")
				+ "<description><![CDATA[<p>Watched " + title + ".</p>]]></description></item>";
	}

	/** A feed cut off in the middle of an item, as a dropped connection leaves it. */
	static String truncated() {
		String whole = feed(item(1, "Heat", 1995, "2025-06-01", "4.5"));
		return whole.substring(0, whole.indexOf("<letterboxd:filmYear>"));
	}

}
