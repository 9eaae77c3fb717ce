package dev.reviewbatch.source.html;

import org.jsoup.nodes.Document;

/**
 * Reads one kind of saved page into raw rows. Implementations never normalize and never
 * throw for a missing element: what the page does not say is left out of the row, for
 * normalize to judge. Stateless and thread-safe.
 */
public interface PageParser {

	/** The page's rows; {@code source} names the file in each row's provenance. */
	ParsedPage parse(Document page, String source);

}
