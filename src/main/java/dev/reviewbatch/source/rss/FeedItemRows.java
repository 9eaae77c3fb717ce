package dev.reviewbatch.source.rss;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.namespace.QName;

import dev.reviewbatch.domain.EntryState;
import dev.reviewbatch.domain.Field;
import dev.reviewbatch.domain.Provenance;
import dev.reviewbatch.domain.RawRow;
import dev.reviewbatch.domain.SourceKind;

/**
 * Turns a feed's items into its result: each item with {@code letterboxd:filmTitle} or
 * {@code watchedDate} becomes one {@link SourceKind#DIARY} row; {@code letterboxd-list-*}
 * items are counted and skipped; any other item is only counted as read.
 * <p>
 * Row fields: {@code Watched Date} ({@code letterboxd:watchedDate}, the viewing date;
 * never derived from {@code pubDate}), {@code Name}, {@code Year}, {@code Letterboxd URI}
 * (the item's link), {@code Rating} ({@code memberRating} as found, e.g. {@code 2.0};
 * absent when unrated), {@code Rewatch} ({@code Yes}/{@code No}), {@code Liked}
 * ({@code memberLike}), {@code TMDb ID} or {@code TMDb TV ID}, {@code Review} (the
 * description's HTML without poster and spoiler note; absent for a watch without review),
 * {@code Spoilers} ({@code Yes}), {@code Published} ({@code pubDate} as found),
 * {@code Date} (the calendar date of {@code pubDate} in its own offset, Letterboxd's New
 * Zealand time: when the entry was logged, not watched), {@code Guid} and
 * {@code Reviewer} ({@code dc:creator}, a display name). The account comes from the
 * channel's link. Stateless.
 */
final class FeedItemRows {

	/** {@code https://letterboxd.com/<user>/…}: the account is the first path segment. */
	/** A flag as the export writes it. */
	static final String YES = "Yes";

	static final Pattern MEMBER_LINK = Pattern.compile("^https?://(?:www\\.)?letterboxd\\.com/([^/]+)/");

	private FeedItemRows() {
	}

	static FeedParseResult of(List<FeedItem> items, String source, String channelTitle, String channelLink) {
		String account = account(channelLink);
		List<RawRow> rows = new ArrayList<>();
		int lists = 0;
		for (FeedItem item : items) {
			if (isFilm(item)) {
				rows.add(new RawRow(SourceKind.DIARY, EntryState.LIVE, account, provenance(item, source), fields(item),
						item.raw()));
			}
			else if (isList(item)) {
				lists++;
			}
		}
		return new FeedParseResult(rows, lists, items.size(), channelTitle, account);
	}

	private static boolean isFilm(FeedItem item) {
		return item.has(FeedElements.FILM_TITLE) || item.has(FeedElements.WATCHED_DATE);
	}

	private static boolean isList(FeedItem item) {
		String guid = item.value(FeedElements.GUID);
		return guid != null && guid.startsWith(FeedElements.LIST_GUID_PREFIX);
	}

	private static Map<Field, String> fields(FeedItem item) {
		Map<Field, String> fields = new EnumMap<>(Field.class);
		FeedDescription description = FeedDescription.of(item.value(FeedElements.DESCRIPTION));
		put(fields, Field.WATCHED_DATE, item, FeedElements.WATCHED_DATE);
		put(fields, Field.NAME, item, FeedElements.FILM_TITLE);
		put(fields, Field.YEAR, item, FeedElements.FILM_YEAR);
		put(fields, Field.LETTERBOXD_URI, item, FeedElements.LINK);
		put(fields, Field.RATING, item, FeedElements.MEMBER_RATING);
		put(fields, Field.REWATCH, item, FeedElements.REWATCH);
		put(fields, Field.LIKED, item, FeedElements.MEMBER_LIKE);
		put(fields, Field.TMDB_ID, item, FeedElements.MOVIE_ID);
		put(fields, Field.TMDB_TV_ID, item, FeedElements.TV_ID);
		putIfPresent(fields, Field.REVIEW, description.reviewHtml());
		putIfPresent(fields, Field.SPOILERS, description.spoilers() || titleMarksSpoilers(item) ? YES : null);
		put(fields, Field.PUBLISHED, item, FeedElements.PUB_DATE);
		putIfPresent(fields, Field.DATE, publishedDay(item.value(FeedElements.PUB_DATE)));
		put(fields, Field.GUID, item, FeedElements.GUID);
		put(fields, Field.REVIEWER, item, FeedElements.CREATOR);
		return fields;
	}

	private static boolean titleMarksSpoilers(FeedItem item) {
		String title = item.value(FeedElements.TITLE);
		return title != null && title.endsWith(FeedElements.SPOILER_TITLE_MARK);
	}

	/**
	 * {@code Tue, 23 Dec 2025 10:42:16 +1300} → {@code 2025-12-23}; null when it is not
	 * an RFC 1123 date.
	 */
	private static String publishedDay(String pubDate) {
		if (pubDate == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(pubDate, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String account(String channelLink) {
		if (channelLink == null) {
			return "";
		}
		Matcher matcher = MEMBER_LINK.matcher(channelLink);
		return matcher.find() ? matcher.group(1) : "";
	}

	private static Provenance provenance(FeedItem item, String source) {
		String guid = item.value(FeedElements.GUID);
		return new Provenance.FeedItem(source, guid != null ? guid : "at position " + item.position());
	}

	private static void put(Map<Field, String> fields, Field field, FeedItem item, QName element) {
		putIfPresent(fields, field, item.value(element));
	}

	private static void putIfPresent(Map<Field, String> fields, Field field, String value) {
		if (value != null && !value.isBlank()) {
			fields.put(field, value);
		}
	}

}
