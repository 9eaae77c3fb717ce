package dev.reviewbatch.source.rss;

import java.util.List;

import dev.reviewbatch.domain.RawRow;

/**
 * What a feed held: one row per review or watch item, the number of list items skipped,
 * the number of items read in all (items that are neither are counted here only), the
 * channel's title and the account whose feed it is ("" when the channel does not say).
 * Immutable.
 */
public record FeedParseResult(List<RawRow> rows, int listItemsSkipped, int itemsRead, String channelTitle,
		String account) {

	public FeedParseResult {
		rows = List.copyOf(rows);
		channelTitle = channelTitle == null ? "" : channelTitle;
		account = account == null ? "" : account;
		if (listItemsSkipped < 0 || itemsRead < rows.size() + listItemsSkipped) {
			throw new IllegalArgumentException("items read must cover the rows and the skipped list items");
		}
	}
}
